import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokenService } from './auth/access-token.service';
import { AccessGuard } from './authorization/access.guard';

@Module({
  imports: [JwtModule.register({})],
  providers: [AccessTokenService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AccessTokenService],
})
export class IdentityModule {}
