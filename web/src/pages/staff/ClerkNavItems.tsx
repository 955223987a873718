import { NavLink } from 'react-router';
import type { Role } from '../../auth/session-store';

// The staff header's link to desk intake, for clerks, as an <li> of its navigation list.
export function ClerkNavItems({ roles }: { roles: readonly Role[] }) {
  return roles.includes('CLERK') ? (
    <li>
      <NavLink to="/can-bo/tiep-nhan">Tiếp nhận hồ sơ</NavLink>
    </li>
  ) : null;
}
