import { Global, Module } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../config';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';

// Global: attachments belong to dossiers, but forms and imports may store files too.
@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      useFactory: (config: AppConfig) => LocalDiskStorage.fromConfig(config),
      inject: [APP_CONFIG],
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
