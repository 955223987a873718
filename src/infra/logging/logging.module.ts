import { type DynamicModule, Module } from '@nestjs/common';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { type Options } from 'pino-http';

// The pino-http middleware itself is mounted first in configureHttpApp (before body parsing, so
// even a malformed body is logged with its request id); nestjs-pino reuses it.
@Module({})
export class LoggingModule {
  static forRoot(options: Options<IncomingMessage, ServerResponse>): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: options, useExisting: true })],
    };
  }
}
