import { Table, Tag, Typography } from 'antd';
import { formatDateTime } from '../../lib/datetime';
import { type Consultation, CONSULTATION_STATE_COLOURS } from './consultation-labels';

// The dossier's consultations (xin ý kiến): who was asked what, by when, in what state, and the
// answer once given.
export function ConsultationsTable({ consultations }: { consultations: Consultation[] }) {
  if (consultations.length === 0) {
    return <Typography.Text type="secondary">Chưa xin ý kiến cơ quan nào.</Typography.Text>;
  }
  return (
    <Table<Consultation>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={consultations}
      scroll={{ x: 720 }}
      columns={[
        {
          title: 'Cơ quan được xin ý kiến',
          dataIndex: 'consultedAgencyName',
          render: (name: string, row) => (
            <>
              {name}
              <div className="muted">Hỏi lúc {formatDateTime(row.requestedAt)}</div>
            </>
          ),
        },
        { title: 'Nội dung xin ý kiến', dataIndex: 'question' },
        {
          title: 'Hạn trả lời',
          dataIndex: 'dueAt',
          render: (dueAt: string, row) => (
            <>
              {formatDateTime(dueAt)}
              <div className="muted">{row.workingDays} ngày làm việc</div>
            </>
          ),
        },
        {
          title: 'Tình trạng',
          dataIndex: 'state',
          render: (state: Consultation['state'], row) => (
            <Tag color={CONSULTATION_STATE_COLOURS[state]}>{row.stateLabel}</Tag>
          ),
        },
        {
          title: 'Trả lời',
          dataIndex: 'answer',
          render: (answer: string | null, row) =>
            answer ? (
              <>
                {answer}
                <div className="muted">Lúc {formatDateTime(row.answeredAt)}</div>
              </>
            ) : (
              <span className="muted">Chưa trả lời</span>
            ),
        },
      ]}
    />
  );
}
