import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { type Consultation, CONSULTATION_STATE_COLOURS } from '../../components/dossier/consultation-labels';
import { dossierApi } from '../../components/dossier/dossier-api';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../lib/use-api';

const ANSWERING_ROLES = new Set(['SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER']);

// Consultations waiting for the user's organisation to answer (GET /consultations?state=open),
// nearest due first; shown to those who may answer, and only when one waits.
export function OpenConsultations() {
  const session = useSession();
  const mayAnswer = (session?.principal.roles ?? []).some((role) => ANSWERING_ROLES.has(role));
  const open = useApi(
    () => (mayAnswer ? dossierApi.openConsultations() : Promise.resolve(null)),
    [mayAnswer],
  );
  if (!mayAnswer || (!open.problem && (open.data?.items.length ?? 0) === 0)) {
    return null;
  }
  return (
    <Card
      size="small"
      title={<h2 className="card-heading">Xin ý kiến chờ đơn vị trả lời ({open.data?.total ?? '…'})</h2>}
      style={{ marginBottom: 16 }}
    >
      <ProblemAlert problem={open.problem} />
      <Table<Consultation>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={open.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: 'Mã hồ sơ',
            dataIndex: 'dossierCode',
            render: (code: string | null, row) => (
              <Link to={`/can-bo/ho-so/${row.dossierId}`}>{code ?? 'Chưa cấp mã (xem hồ sơ)'}</Link>
            ),
          },
          { title: 'Cơ quan hỏi', dataIndex: 'requestingAgencyName' },
          { title: 'Nội dung xin ý kiến', dataIndex: 'question' },
          {
            title: 'Hạn trả lời',
            dataIndex: 'dueAt',
            render: (dueAt: string, row) => (
              <>
                <DateTime value={dueAt} />{' '}
                <Tag color={CONSULTATION_STATE_COLOURS[row.state]}>{row.stateLabel}</Tag>
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
