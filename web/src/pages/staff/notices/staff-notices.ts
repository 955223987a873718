import { api } from '../../../api/client';
import { createNoticesApi } from '../../../components/notices/notices-api';
import { createUnreadNotices } from '../../../components/notices/unread-notices';

// The staff member's inbox (assignments, deadlines, escalations, consultations) and the header
// badge's unread count, on the console's session.
export const staffNotices = createNoticesApi(api);
export const staffUnreadNotices = createUnreadNotices(staffNotices);

// Staff keep the console open all day and the deadline watch writes at any minute: the badge is
// read again this often while the tab is in view.
export const STAFF_UNREAD_REFRESH_MS = 60_000;
