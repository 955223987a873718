export { IdentityModule } from './identity.module';
export { AccessTokenService } from './auth/access-token.service';
export {
  AuthenticatedRoute,
  CitizenRoute,
  PublicRoute,
  StaffRoute,
} from './authorization/route-policy.decorators';
export { AgencyAccessService } from './authorization/agency-access.service';
export { CurrentPrincipal } from './authorization/current-principal.decorator';
export { notAllowed, notAuthenticated, outsideScope } from './authorization/identity.errors';
export { type Principal, type StaffPrincipal, type CitizenPrincipal, hasAnyRole } from './domain/principal';
export { ROLES, type Role } from './domain/roles';
