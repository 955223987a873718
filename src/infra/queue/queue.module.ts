import { BullModule } from '@nestjs/bull';
import {
  type DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BullJobQueue } from './bull-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobQueue } from './job-queue';
import { type AppConfig, APP_CONFIG } from '../../config';
import { QueueHeartbeat } from './queue-heartbeat.entity';
import { QueueHeartbeatService } from './queue-heartbeat.service';
import { QUEUE_NAMES } from './queue-names';

// Bull on Redis when REDIS_URL is set; otherwise the same handlers run in-process.
@Global()
@Module({})
export class QueueModule implements OnModuleInit {
  private readonly logger = new Logger('Queue');

  constructor(
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.queue.mode === 'in-process') {
      this.logger.log('Queue mode: in-process (REDIS_URL is not set); processors run in this process');
    } else {
      this.logger.log(
        `Queue mode: Bull on Redis; processors ${this.config.queueProcessorsEnabled ? 'on' : 'off'} in this process`,
      );
    }
  }

  static forRoot(config: AppConfig): DynamicModule {
    const common: Provider[] = [JobHandlerRegistry, QueueHeartbeatService];
    const imports = [DiscoveryModule, TypeOrmModule.forFeature([QueueHeartbeat])];
    if (!config.redis) {
      return {
        module: QueueModule,
        imports,
        providers: [...common, InProcessJobQueue, { provide: JobQueue, useExisting: InProcessJobQueue }],
        exports: [JobQueue, QueueHeartbeatService],
      };
    }
    return {
      module: QueueModule,
      imports: [
        ...imports,
        BullModule.forRoot({
          url: config.redis.url,
          prefix: config.redis.prefix,
          // A job whose worker died (SIGKILL, lost machine) is redelivered once its lock lapses.
          settings: {
            lockDuration: config.redis.lockDurationMs,
            stalledInterval: config.redis.stalledIntervalMs,
          },
        }),
        BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
      ],
      providers: [...common, BullJobQueue, { provide: JobQueue, useExisting: BullJobQueue }],
      exports: [JobQueue, QueueHeartbeatService],
    };
  }
}
