import { Global, Module } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../config';
import { FieldCipher } from './field-cipher';

@Global()
@Module({
  providers: [
    {
      provide: FieldCipher,
      useFactory: (config: AppConfig) => new FieldCipher(config.encryptionKey),
      inject: [APP_CONFIG],
    },
  ],
  exports: [FieldCipher],
})
export class CryptoModule {}
