import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { ClsService } from 'nestjs-cls';
import { type RequestContextStore } from '../../../infra/context/request-context';
import { AccessTokenService } from '../auth/access-token.service';
import { type Principal } from '../domain/principal';
import { decideRouteAccess, type RoutePolicy } from '../domain/route-policy';
import { notAllowed, notAuthenticated } from './identity.errors';
import { ROUTE_POLICY } from './route-policy.decorators';

export type AuthenticatedRequest = Request & { principal?: Principal };

// Global guard: every route must declare a policy; none means denied (default deny).
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly cls: ClsService<RequestContextStore>,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') {
      return true;
    }
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = this.authenticate(request);
    const decision = decideRouteAccess(policy, principal);
    if (decision === 'unauthenticated') {
      throw notAuthenticated();
    }
    if (decision === 'forbidden') {
      throw notAllowed();
    }
    if (principal) {
      request.principal = principal;
      if (this.cls.isActive()) {
        this.cls.set('actor', {
          kind: principal.kind,
          id: principal.id,
          roles: principal.kind === 'staff' ? [...principal.roles] : [],
          agencyId: principal.kind === 'staff' ? principal.agencyId : null,
        });
      }
    }
    return true;
  }

  private authenticate(request: Request): Principal | null {
    const header = request.headers.authorization;
    if (typeof header !== 'string' || !header.startsWith('Bearer ')) {
      return null;
    }
    return this.tokens.verify(header.slice('Bearer '.length).trim());
  }
}
