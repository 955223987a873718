import { NoticeInbox } from '../../../components/notices/NoticeInbox';
import { staffNotices, staffUnreadNotices } from './staff-notices';

// The staff member's notices: assigned dossiers, deadlines due soon or passed, escalations and
// consultations waiting for an answer, each leading to its dossier.
export function StaffNoticesPage() {
  return (
    <div className="notice-page">
      <NoticeInbox
        notices={staffNotices}
        unread={staffUnreadNotices}
        dossierPath={(dossierId) => `/can-bo/ho-so/${dossierId}`}
        emptyText="Chưa có thông báo nào. Khi đồng chí được phân công hồ sơ, hoặc hồ sơ sắp đến hạn, quá hạn hay có xin ý kiến cần trả lời, thông báo sẽ hiện ở đây."
      />
    </div>
  );
}
