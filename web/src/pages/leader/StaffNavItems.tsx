import { NavLink } from 'react-router';
import type { Role } from '../../auth/session-store';

const REPORT_READERS: readonly Role[] = ['AGENCY_LEADER', 'LEADER_VIEWER', 'ADMIN'];

// The staff header's links to the dashboard (report readers) and the administration (ADMIN),
// as <li> items of its navigation list.
export function StaffNavItems({ roles }: { roles: readonly Role[] }) {
  return (
    <>
      {roles.some((role) => REPORT_READERS.includes(role)) ? (
        <li>
          <NavLink to="/can-bo/bao-cao">Bảng điều hành</NavLink>
        </li>
      ) : null}
      {roles.includes('ADMIN') ? (
        <li>
          <NavLink to="/can-bo/quan-tri">Quản trị</NavLink>
        </li>
      ) : null}
    </>
  );
}
