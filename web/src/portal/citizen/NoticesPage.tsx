import { Button, Empty, Flex, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../lib/use-api';
import { useSubmission } from '../../lib/use-submission';
import { type Notice, noticesApi, setUnreadNotices } from './notices';
import './citizen.css';

const PAGE_SIZE = 10;

// The signed-in citizen's notices, newest first: what happened to their dossiers, as also sent by
// e-mail, SMS or Zalo. Unread ones are marked until the citizen marks them read.
export function NoticesPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('trang') ?? '1') || 1);
  const notices = useApi(() => noticesApi.page(page, PAGE_SIZE), [page]);
  const unread = notices.data?.unread;

  // The header's badge follows what this page read.
  useEffect(() => {
    if (unread !== undefined) {
      setUnreadNotices(unread);
    }
  }, [unread]);

  const goTo = (next: number) => setParams(next > 1 ? { trang: String(next) } : {});

  return (
    <div className="citizen-narrow">
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          Thông báo
        </Typography.Title>
        {unread ? <span>{unread} thông báo chưa đọc</span> : null}
      </Flex>
      <ProblemAlert problem={notices.problem} />
      {notices.problem ? <Button onClick={notices.reload}>Thử lại</Button> : null}
      {notices.loading && !notices.data ? (
        <Skeleton active paragraph={{ rows: 6 }} aria-label="Đang tải thông báo" />
      ) : null}
      {notices.data && notices.data.items.length === 0 ? (
        <Empty description="Bạn chưa có thông báo nào. Khi hồ sơ của bạn được tiếp nhận, cần bổ sung hoặc có kết quả, thông báo sẽ hiện ở đây." />
      ) : null}
      {notices.data && notices.data.items.length > 0 ? (
        <div aria-busy={notices.loading}>
          <ul className="notice-list panel" style={{ padding: '0 16px' }}>
            {notices.data.items.map((notice) => (
              <li key={notice.id}>
                <NoticeCard notice={notice} onRead={notices.reload} />
              </li>
            ))}
          </ul>
          {notices.data.total > PAGE_SIZE ? (
            <Pagination
              style={{ marginTop: 12 }}
              current={page}
              pageSize={PAGE_SIZE}
              total={notices.data.total}
              showSizeChanger={false}
              onChange={goTo}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function NoticeCard({ notice, onRead }: { notice: Notice; onRead: () => void }) {
  const { busy, problem, run } = useSubmission();
  const isUnread = notice.readAt === null;

  const markRead = async () => {
    await run(async () => {
      await noticesApi.markRead(notice.id);
      onRead();
    });
  };

  return (
    <article
      className={isUnread ? 'notice notice--unread' : 'notice'}
      aria-label={isUnread ? `${notice.title} (chưa đọc)` : notice.title}
    >
      <div className="notice__head">
        <Typography.Title level={2} className="notice__title">
          {notice.title}
        </Typography.Title>
        {isUnread ? <Tag color="#b3261e">Chưa đọc</Tag> : null}
      </div>
      <p className="notice__body">{notice.body}</p>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <span className="muted">
          <DateTime value={notice.createdAt} />
        </span>
        {notice.dossierId ? <Link to={`/ho-so-cua-toi/${notice.dossierId}`}>Xem hồ sơ</Link> : null}
      </Flex>
      <ProblemAlert problem={problem} className="notice__problem" />
      {isUnread ? (
        <Button size="small" loading={busy} onClick={() => void markRead()} style={{ marginTop: 8 }}>
          Đánh dấu đã đọc
        </Button>
      ) : null}
    </article>
  );
}
