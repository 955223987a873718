import { NavLink } from 'react-router';

// A header's "Thông báo" with the unread count: shown as a badge, read out as "(3 chưa đọc)".
export function NoticesNavLink({ to, unread }: { to: string; unread: number | null }) {
  return (
    <NavLink to={to}>
      Thông báo
      {unread ? (
        <>
          <span className="nav-badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
          <span className="visually-hidden"> ({unread} chưa đọc)</span>
        </>
      ) : null}
    </NavLink>
  );
}
