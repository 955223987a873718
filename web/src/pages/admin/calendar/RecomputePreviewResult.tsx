import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { DOSSIER_STATUS_LABELS } from '../../../lib/labels';
import type { RecomputePreview, RedatedDossier } from './calendar-api';

// What saving the proposed year would do to open dossiers (POST
// /dossiers/deadline-recompute/preview): the counts, then each dossier whose deadline moves.
export function RecomputePreviewResult({ preview }: { preview: RecomputePreview }) {
  const { counts } = preview;
  return (
    <section aria-labelledby="xem-truoc-tieu-de" className="recompute-preview">
      <Typography.Title id="xem-truoc-tieu-de" level={3} style={{ fontSize: 15 }}>
        Kết quả xem trước: {counts.redated} hồ sơ sẽ bị dời hạn
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'checked', label: 'Hồ sơ đang giải quyết trong phạm vi', children: counts.checked },
          { key: 'redated', label: 'Sẽ dời hạn giải quyết', children: counts.redated },
          { key: 'confirmed', label: 'Hạn không đổi, hết tạm tính', children: counts.confirmed },
          { key: 'unchanged', label: 'Không thay đổi', children: counts.unchanged },
          {
            key: 'outside',
            label: 'Ngoài phạm vi lịch, không tính lại được',
            children: counts.outsideCalendar,
          },
        ]}
      />
      {preview.truncated ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 8 }}
          title="Danh sách chỉ hiện 1.000 hồ sơ có hạn sớm nhất; các hồ sơ còn lại cũng sẽ được dời hạn."
        />
      ) : null}
      <Table<RedatedDossier>
        style={{ marginTop: 8 }}
        size="small"
        rowKey="id"
        dataSource={preview.changes}
        pagination={preview.changes.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không hồ sơ nào bị dời hạn.' }}
        columns={[
          {
            title: 'Mã hồ sơ',
            dataIndex: 'code',
            render: (code: string | null, row) => (
              <Link to={`/can-bo/ho-so/${row.id}`}>{code ?? 'Chưa cấp mã'}</Link>
            ),
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (status: string) =>
              status in DOSSIER_STATUS_LABELS
                ? DOSSIER_STATUS_LABELS[status as keyof typeof DOSSIER_STATUS_LABELS]
                : status,
          },
          { title: 'Hạn hiện tại', dataIndex: 'oldDueAt', render: (at: string) => <DateTime value={at} /> },
          { title: 'Hạn mới', dataIndex: 'newDueAt', render: (at: string) => <DateTime value={at} /> },
          {
            title: 'Ngày hẹn trả',
            key: 'appointment',
            render: (_, row) =>
              row.appointmentKeptByApology ? (
                <Tag color="gold">Giữ theo phiếu xin lỗi</Tag>
              ) : (
                <DateTime value={row.newAppointmentAt} />
              ),
          },
        ]}
      />
    </section>
  );
}
