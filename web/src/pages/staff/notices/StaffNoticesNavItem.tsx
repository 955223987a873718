import { NoticesNavLink } from '../../../components/notices/NoticesNavLink';
import { STAFF_UNREAD_REFRESH_MS, staffUnreadNotices } from './staff-notices';

// The staff header's "Thông báo" with the unread count, as an <li> of its navigation list. It
// lives as long as the signed-in console: signing out unmounts it and stops the refresh.
export function StaffNoticesNavItem({ accountId }: { accountId: string }) {
  const unread = staffUnreadNotices.useCount(accountId, { refreshEveryMs: STAFF_UNREAD_REFRESH_MS });
  return (
    <li>
      <NoticesNavLink to="/can-bo/thong-bao" unread={unread} />
    </li>
  );
}
