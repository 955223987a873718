import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { createSecretKey, type KeyObject } from 'node:crypto';
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

const ISSUER = 'mot-cua';
const AUDIENCE = 'mot-cua-api';

// Short-lived HS256 access tokens (jsonwebtoken). Verification pins the algorithm, so
// `alg: none` and tokens signed with another algorithm are rejected. The secret is turned into
// a KeyObject once: given a string, jsonwebtoken 9 rebuilds it on every call (~0.6 ms, measured
// by bench:auth), which would dominate the cost of every authenticated request.
@Injectable()
export class AccessTokenService {
  private readonly key: KeyObject;
  private readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
    this.ttlSeconds = config.auth.accessTokenTtlSeconds;
  }

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
    const token = jwt.sign(claims, this.key, {
      algorithm: 'HS256',
      expiresIn: this.ttlSeconds,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    return { token, expiresIn: this.ttlSeconds };
  }

  // Returns null for anything that is not a valid, unexpired token of ours.
  verify(token: string): Principal | null {
    let claims: AccessTokenClaims;
    try {
      claims = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      }) as AccessTokenClaims;
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
