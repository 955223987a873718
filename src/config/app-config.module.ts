import { type DynamicModule, Global, Module } from '@nestjs/common';
import { type AppConfig } from './app-config';

export const APP_CONFIG = Symbol('APP_CONFIG');

// The validated configuration, injected with @Inject(APP_CONFIG).
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
