import { type DynamicModule, Module } from '@nestjs/common';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Options } from 'pino-http';
import { type AppConfig, AppConfigModule } from './config';
import { RequestContextModule } from './infra/context/request-context.module';
import { CryptoModule } from './infra/crypto/crypto.module';
import { DatabaseModule } from './infra/database/database.module';
import { SeedOnStartService } from './infra/database/seed-on-start.service';
import { HealthModule } from './infra/health/health.module';
import { LoggingModule } from './infra/logging/logging.module';
import { QueueModule } from './infra/queue/queue.module';
import { StorageModule } from './infra/storage';
import { WebAppModule } from './infra/web/web-app.module';
import { AuditModule } from './modules/audit';
import { CalendarModule } from './modules/calendar';
import { CatalogModule } from './modules/catalog';
import { DossiersModule } from './modules/dossiers/dossiers.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { ReportsModule } from './modules/reports/reports.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { AgenciesModule } from './modules/catalog/api';
import { ProceduresApiModule } from './modules/catalog/procedures/procedures-api.module';
import { IdentityModule } from './modules/identity';

export interface AppRuntime {
  readonly config: AppConfig;
  // The resolved database: DATABASE_URL, or the embedded server started before the app.
  readonly databaseUrl: string;
  readonly loggerOptions: Options<IncomingMessage, ServerResponse>;
}

@Module({})
export class AppModule {
  static forRoot(runtime: AppRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(runtime.config),
        LoggingModule.forRoot(runtime.loggerOptions),
        DatabaseModule.forRoot(runtime.config, runtime.databaseUrl),
        RequestContextModule,
        CryptoModule,
        StorageModule,
        QueueModule.forRoot(runtime.config),
        AuditModule,
        CatalogModule,
        AgenciesModule,
        ProceduresApiModule,
        CalendarModule,
        NotificationsModule,
        DossiersModule,
        JobsModule,
        ReportsModule,
        IdentityModule,
        HealthModule,
        WebAppModule,
      ],
      providers: [SeedOnStartService],
    };
  }
}
