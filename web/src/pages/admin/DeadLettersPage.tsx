import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { type ApiProblem, toApiProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../lib/use-api';

type DeadLetter = components['schemas']['DeadLetterDto'];

const PAGE_SIZE = 20;

const CHANNEL_LABELS = {
  EMAIL: 'Thư điện tử',
  SMS: 'Tin nhắn SMS',
  ZALO: 'Zalo',
  IN_APP: 'Trong ứng dụng',
  PORTAL: 'Cổng dịch vụ công',
} as const satisfies Record<DeadLetter['channel'], string>;

const RECIPIENT_LABELS = {
  citizen: 'Công dân',
  staff: 'Cán bộ',
  applicant: 'Người nộp hồ sơ',
  portal: 'Cổng quốc gia',
} as const satisfies Record<DeadLetter['recipientKind'], string>;

const TEMPLATE_LABELS = {
  'citizen.received': 'Tiếp nhận hồ sơ, hẹn trả',
  'citizen.online-received': 'Tiếp nhận hồ sơ trực tuyến',
  'citizen.supplement-requested-at-reception': 'Yêu cầu bổ sung khi tiếp nhận',
  'citizen.online-supplement-requested': 'Yêu cầu bổ sung hồ sơ trực tuyến',
  'citizen.refused-at-reception': 'Từ chối tiếp nhận',
  'citizen.online-refused': 'Từ chối hồ sơ trực tuyến',
  'citizen.supplement-requested': 'Yêu cầu bổ sung khi giải quyết',
  'citizen.refused': 'Từ chối giải quyết',
  'citizen.result-ready': 'Có kết quả',
  'citizen.stopped': 'Dừng xử lý',
  'citizen.apology': 'Xin lỗi, hẹn lại',
  'citizen.redated': 'Đổi ngày hẹn do lịch làm việc',
  'staff.assigned': 'Giao hồ sơ',
  'staff.due-soon': 'Sắp đến hạn',
  'staff.overdue': 'Quá hạn',
  'staff.apology-missing': 'Thiếu phiếu xin lỗi',
  'staff.escalation': 'Báo cáo lên cấp trên',
  'staff.consultation-due-soon': 'Xin ý kiến sắp đến hạn trả lời',
  'staff.consultation-overdue': 'Xin ý kiến quá hạn trả lời',
} as const satisfies Record<DeadLetter['template'], string>;

// Notices that could not be sent after every attempt (GET /admin/notifications/dead-letters),
// each with its last error, and a retry that puts it back in the queue.
export function DeadLettersPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const list = useApi(
    () =>
      unwrap(
        api.GET('/api/v1/admin/notifications/dead-letters', {
          params: { query: { page, pageSize: PAGE_SIZE } },
        }),
      ),
    [page],
  );
  const [retrying, setRetrying] = useState<string | null>(null);
  const [retried, setRetried] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<ReadonlyMap<string, ApiProblem>>(new Map());

  const retry = async (letter: DeadLetter) => {
    setRetrying(letter.id);
    setProblems((current) => new Map([...current].filter(([id]) => id !== letter.id)));
    try {
      await unwrap(
        api.POST('/api/v1/admin/notifications/dead-letters/{id}/retry', {
          params: { path: { id: letter.id } },
        }),
      );
      setRetried((current) => new Set([...current, letter.id]));
    } catch (error) {
      setProblems((current) => new Map([...current, [letter.id, toApiProblem(error)]]));
    } finally {
      setRetrying(null);
    }
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          Thông báo gửi lỗi
        </Typography.Title>
        <Button onClick={() => list.reload()}>Làm mới</Button>
      </Flex>
      <Typography.Paragraph type="secondary">
        Các thông báo đã gửi thử hết số lần mà không thành công. Gửi lại sẽ đưa thông báo vào hàng đợi với số
        lần thử bắt đầu từ 0.
      </Typography.Paragraph>
      <ProblemAlert problem={list.problem} />
      <Table<DeadLetter>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có thông báo nào gửi lỗi.' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} thông báo`,
          onChange: (next) => setParams({ page: String(next) }),
        }}
        columns={[
          {
            title: 'Lần thử cuối',
            dataIndex: 'lastAttemptAt',
            render: (at: string) => <DateTime value={at} />,
          },
          {
            title: 'Kênh',
            dataIndex: 'channel',
            render: (channel: DeadLetter['channel']) => CHANNEL_LABELS[channel],
          },
          {
            title: 'Nội dung',
            dataIndex: 'template',
            render: (template: DeadLetter['template']) => TEMPLATE_LABELS[template],
          },
          {
            title: 'Người nhận',
            key: 'recipient',
            render: (_, letter) =>
              `${RECIPIENT_LABELS[letter.recipientKind]}${letter.recipient ? `: ${letter.recipient}` : ''}`,
          },
          { title: 'Số lần thử', dataIndex: 'attempts', align: 'right' },
          {
            title: 'Lỗi lần cuối',
            dataIndex: 'lastError',
            render: (error: string | null) => error ?? '—',
          },
          {
            title: 'Hồ sơ',
            dataIndex: 'dossierId',
            render: (id: string | null) => (id ? <Link to={`/can-bo/ho-so/${id}`}>Xem hồ sơ</Link> : '—'),
          },
          {
            title: 'Thao tác',
            key: 'retry',
            render: (_, letter) => (
              <Flex vertical gap={4} style={{ maxWidth: 280 }}>
                {retried.has(letter.id) ? (
                  <Tag color="green" role="status">
                    Đã đưa lại vào hàng đợi
                  </Tag>
                ) : (
                  <Button size="small" loading={retrying === letter.id} onClick={() => void retry(letter)}>
                    Gửi lại
                  </Button>
                )}
                <ProblemAlert problem={problems.get(letter.id) ?? null} />
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}
