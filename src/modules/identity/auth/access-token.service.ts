import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { type Principal } from '../domain/principal';
import { isRole } from '../domain/roles';

interface AccessTokenClaims {
  sub: string;
  kind: 'staff' | 'citizen';
  usr?: string;
  roles?: string[];
  agency?: string;
}

// Short-lived HS256 access tokens. Verification pins the algorithm, so `alg: none` and
// tokens signed with another algorithm are rejected.
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(principal: Principal): { token: string; expiresIn: number } {
    const claims: AccessTokenClaims =
      principal.kind === 'staff'
        ? {
            sub: principal.id,
            kind: 'staff',
            usr: principal.username,
            roles: [...principal.roles],
            agency: principal.agencyId,
          }
        : { sub: principal.id, kind: 'citizen' };
    const expiresIn = this.config.auth.accessTokenTtlSeconds;
    const token = this.jwt.sign(claims, {
      secret: this.config.auth.jwtSecret,
      algorithm: 'HS256',
      expiresIn,
      issuer: 'mot-cua',
      audience: 'mot-cua-api',
    });
    return { token, expiresIn };
  }

  // Returns null for anything that is not a valid, unexpired token of ours.
  verify(token: string): Principal | null {
    let claims: AccessTokenClaims;
    try {
      claims = this.jwt.verify<AccessTokenClaims & object>(token, {
        secret: this.config.auth.jwtSecret,
        algorithms: ['HS256'],
        issuer: 'mot-cua',
        audience: 'mot-cua-api',
      });
    } catch {
      return null;
    }
    if (claims.kind === 'citizen' && typeof claims.sub === 'string') {
      return { kind: 'citizen', id: claims.sub };
    }
    if (
      claims.kind === 'staff' &&
      typeof claims.sub === 'string' &&
      typeof claims.agency === 'string' &&
      typeof claims.usr === 'string'
    ) {
      return {
        kind: 'staff',
        id: claims.sub,
        username: claims.usr,
        agencyId: claims.agency,
        roles: (claims.roles ?? []).filter(isRole),
      };
    }
    return null;
  }
}
