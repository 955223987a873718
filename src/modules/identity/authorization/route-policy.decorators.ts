import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type Role } from '../domain/roles';
import { type RoutePolicy } from '../domain/route-policy';

export const ROUTE_POLICY = 'mot-cua:route-policy';

const describeRoles = (roles: readonly Role[]) => `Vai trò được phép: ${roles.join(', ')}`;

function protectedRoute(policy: RoutePolicy, description: string): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROUTE_POLICY, policy),
    ApiBearerAuth('bearer'),
    ApiUnauthorizedResponse({ description: 'Thiếu hoặc sai mã truy cập (problem+json)' }),
    ApiForbiddenResponse({ description }),
  );
}

// Open to anonymous callers (login, registration, public lookups).
export const PublicRoute = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ROUTE_POLICY, { kind: 'public' });

// Any signed-in staff member or citizen.
export const AuthenticatedRoute = (): MethodDecorator & ClassDecorator =>
  protectedRoute({ kind: 'authenticated' }, 'Không có quyền');

// Signed-in citizens only.
export const CitizenRoute = (): MethodDecorator & ClassDecorator =>
  protectedRoute({ kind: 'citizen' }, 'Chỉ dành cho công dân đã đăng nhập');

// Staff holding at least one of the roles; the agency scope is then checked by the service.
export const StaffRoute = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator =>
  protectedRoute({ kind: 'staff', roles }, describeRoles(roles));
