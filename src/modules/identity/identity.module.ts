import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokenService } from './auth/access-token.service';
import { AccessGuard } from './authorization/access.guard';
import { AgencyAccessService } from './authorization/agency-access.service';

@Module({
  imports: [JwtModule.register({})],
  providers: [AccessTokenService, AgencyAccessService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AccessTokenService, AgencyAccessService],
})
export class IdentityModule {}
