import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Principal } from '../domain/principal';
import { type AuthenticatedRequest } from './access.guard';
import { notAuthenticated } from './identity.errors';

// The verified caller of a non-public route.
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) {
      throw notAuthenticated();
    }
    return principal;
  },
);
