import { createNoticesApi } from '../../components/notices/notices-api';
import { createUnreadNotices } from '../../components/notices/unread-notices';
import { citizenApi } from './citizen-session';

// The citizen's inbox and the header badge's unread count, on the citizen's own session.
export const citizenNotices = createNoticesApi(citizenApi);
export const citizenUnreadNotices = createUnreadNotices(citizenNotices);
