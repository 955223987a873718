import { Button, Empty, Flex, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../lib/use-api';
import { useSubmission } from '../../lib/use-submission';
import { DateTime } from '../DateTime';
import { ProblemAlert } from '../ProblemAlert';
import type { Notice, NoticesApi } from './notices-api';
import type { UnreadNotices } from './unread-notices';
import './notices.css';

const PAGE_SIZE = 10;

export interface NoticeInboxProps {
  notices: NoticesApi;
  unread: UnreadNotices;
  // Where a notice's dossier opens for this audience.
  dossierPath: (dossierId: string) => string;
  emptyText: string;
}

// The signed-in account's notices, newest first (?trang=2 for the next page): unread ones are
// marked until they are marked read, each links to the dossier it concerns. Rendered as a
// fragment, so the page around it lays out its parts.
export function NoticeInbox({ notices, unread, dossierPath, emptyText }: NoticeInboxProps) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('trang') ?? '1') || 1);
  const inbox = useApi(() => notices.page(page, PAGE_SIZE), [page]);
  const unreadCount = inbox.data?.unread;

  // The header's badge follows what this page read.
  useEffect(() => {
    if (unreadCount !== undefined) {
      unread.set(unreadCount);
    }
  }, [unread, unreadCount]);

  const goTo = (next: number) => setParams(next > 1 ? { trang: String(next) } : {});

  return (
    <>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          Thông báo
        </Typography.Title>
        {unreadCount ? <span>{unreadCount} thông báo chưa đọc</span> : null}
      </Flex>
      <ProblemAlert problem={inbox.problem} />
      {inbox.problem ? <Button onClick={inbox.reload}>Thử lại</Button> : null}
      {inbox.loading && !inbox.data ? (
        <Skeleton active paragraph={{ rows: 6 }} aria-label="Đang tải thông báo" />
      ) : null}
      {inbox.data && inbox.data.items.length === 0 ? <Empty description={emptyText} /> : null}
      {inbox.data && inbox.data.items.length > 0 ? (
        <div aria-busy={inbox.loading}>
          <ul className="notice-list panel" style={{ padding: '0 16px' }}>
            {inbox.data.items.map((notice) => (
              <li key={notice.id}>
                <NoticeCard
                  notice={notice}
                  dossierPath={dossierPath}
                  markRead={notices.markRead}
                  onRead={inbox.reload}
                />
              </li>
            ))}
          </ul>
          {inbox.data.total > PAGE_SIZE ? (
            <Pagination
              style={{ marginTop: 12 }}
              current={page}
              pageSize={PAGE_SIZE}
              total={inbox.data.total}
              showSizeChanger={false}
              onChange={goTo}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
}

interface NoticeCardProps {
  notice: Notice;
  dossierPath: (dossierId: string) => string;
  markRead: NoticesApi['markRead'];
  onRead: () => void;
}

function NoticeCard({ notice, dossierPath, markRead, onRead }: NoticeCardProps) {
  const { busy, problem, run } = useSubmission();
  const isUnread = notice.readAt === null;

  const markThisRead = () =>
    run(async () => {
      await markRead(notice.id);
      onRead();
    });

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
        {notice.dossierId ? <Link to={dossierPath(notice.dossierId)}>Xem hồ sơ</Link> : null}
      </Flex>
      <ProblemAlert problem={problem} className="notice__problem" />
      {isUnread ? (
        <Button size="small" loading={busy} onClick={() => void markThisRead()} style={{ marginTop: 8 }}>
          Đánh dấu đã đọc
        </Button>
      ) : null}
    </article>
  );
}
