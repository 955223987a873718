import { NoticeInbox } from '../../components/notices/NoticeInbox';
import { citizenNotices, citizenUnreadNotices } from './notices';
import './citizen.css';

// The signed-in citizen's notices: what happened to their dossiers, as also sent by e-mail, SMS
// or Zalo.
export function NoticesPage() {
  return (
    <div className="citizen-narrow">
      <NoticeInbox
        notices={citizenNotices}
        unread={citizenUnreadNotices}
        dossierPath={(dossierId) => `/ho-so-cua-toi/${dossierId}`}
        emptyText="Bạn chưa có thông báo nào. Khi hồ sơ của bạn được tiếp nhận, cần bổ sung hoặc có kết quả, thông báo sẽ hiện ở đây."
      />
    </div>
  );
}
