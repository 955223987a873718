import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { type AppConfig, APP_CONFIG } from '../../config';
import { AccessTokenService } from './auth/access-token.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { PrincipalLoader } from './auth/principal-loader';
import { RefreshTokenService } from './auth/refresh-token.service';
import { AccessGuard } from './authorization/access.guard';
import { AgencyAccessService } from './authorization/agency-access.service';
import { CitizensService } from './citizens/citizens.service';
import { MeController } from './me/me.controller';
import { MeService } from './me/me.service';
import { AgencyHandlersController } from './users/agency-handlers.controller';
import { StaffDirectoryService } from './users/staff-directory.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

// Global: every module's services check agency scope with AgencyAccessService.
@Global()
@Module({
  imports: [
    // Per-address limits: on sign-in and registration (the per-account lockout is in the
    // database), and on public dossier tracking. Each route names the one that applies to it.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [
        { name: 'auth', ttl: 60_000, limit: config.auth.loginAttemptsPerMinute },
        { name: 'tracking', ttl: 60_000, limit: config.auth.trackingRequestsPerMinute },
      ],
    }),
  ],
  controllers: [AuthController, MeController, UsersController, AgencyHandlersController],
  providers: [
    AccessTokenService,
    AgencyAccessService,
    AuthService,
    CitizensService,
    MeService,
    PasswordHasher,
    PrincipalLoader,
    RefreshTokenService,
    StaffDirectoryService,
    UsersService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccessTokenService, AgencyAccessService, PasswordHasher],
})
export class IdentityModule {}
