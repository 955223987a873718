import { Breadcrumb, Button, Card, Col, Flex, Row, Skeleton, Space, Tag, Typography, message } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ActionModal } from '../../../components/dossier/ActionModal';
import { AttachmentsPanel } from '../../../components/dossier/AttachmentsPanel';
import { ConsultationsTable } from '../../../components/dossier/ConsultationsTable';
import { DossierClockCard } from '../../../components/dossier/DossierClockCard';
import { DossierTimeline } from '../../../components/dossier/DossierTimeline';
import { FormsList } from '../../../components/dossier/FormsList';
import { RouteStepsTable } from '../../../components/dossier/RouteStepsTable';
import { type AllowedAction, dossierApi, loadPinnedVersion } from '../../../components/dossier/dossier-api';
import '../../../components/dossier/dossier.css';
import { CHANNEL_LABELS } from '../../../lib/labels';
import { useApi } from '../../../lib/use-api';

// The main step forward from each status gets the primary button; the rest are secondary.
const PRIMARY_ACTIONS = new Set([
  'RECEIVE',
  'TRANSFER',
  'SEND_FOR_APPROVAL',
  'APPROVE',
  'FORWARD_TO_NEXT_AGENCY',
  'RESOLVE',
  'RETURN_RESULT',
  'RECEIVE_SUPPLEMENT',
  'FINANCIAL_OBLIGATION_MET',
]);
const DANGER_ACTIONS = new Set(['REFUSE_AT_RECEPTION', 'REFUSE_AFTER_APPRAISAL', 'STOP', 'WITHDRAW']);

// One dossier as staff handle it: who and what, the clock, the route across agencies, the
// documents and files, the forms, the control sheet, and the actions the API lets this user
// take now (each in a modal asking for what it needs).
export function DossierPage() {
  const { dossierId = '' } = useParams();
  const [messages, messageHolder] = message.useMessage();
  const [attempt, setAttempt] = useState(0);
  const [chosen, setChosen] = useState<AllowedAction | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const dossier = useApi(() => dossierApi.get(dossierId), [dossierId, attempt]);
  const actions = useApi(() => dossierApi.allowedActions(dossierId), [dossierId, attempt]);
  const forms = useApi(() => dossierApi.forms(dossierId), [dossierId, attempt]);
  const consultations = useApi(() => dossierApi.consultations(dossierId), [dossierId, attempt]);
  const pinned = useApi(
    () => (dossier.data ? loadPinnedVersion(dossier.data) : Promise.resolve(null)),
    [dossier.data?.procedureId, dossier.data?.procedureVersionId],
  );
  const reload = () => setAttempt((count) => count + 1);

  useEffect(() => {
    if (dossier.data) {
      document.title = `Hồ sơ ${dossier.data.code ?? ''} – Một cửa`;
    }
  }, [dossier.data]);

  if (!dossier.data) {
    return dossier.problem ? (
      <>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          Hồ sơ
        </Typography.Title>
        <ProblemAlert problem={dossier.problem} />
        <Link to="/can-bo/ho-so">← Về hàng đợi hồ sơ</Link>
      </>
    ) : (
      <Skeleton active aria-busy="true" aria-label="Đang tải hồ sơ" />
    );
  }
  const current = dossier.data;
  const procedureName = pinned.data?.version?.name ?? pinned.data?.procedure.currentVersion?.name;
  const version = actions.data?.dossierId === current.id ? actions.data.version : current.version;

  return (
    <>
      {messageHolder}
      <Breadcrumb
        items={[
          { title: <Link to="/can-bo/ho-so">Hàng đợi hồ sơ</Link> },
          { title: current.code ?? 'Hồ sơ chưa cấp mã' },
        ]}
      />
      <div className="panel">
        <Flex justify="space-between" align="start" wrap gap={12}>
          <div>
            <h1 ref={heading} tabIndex={-1} style={{ fontSize: 24, margin: 0 }}>
              Hồ sơ {current.code ?? '(chưa cấp mã)'}
            </h1>
            <Typography.Paragraph style={{ margin: '4px 0 0', fontSize: 16 }}>
              {procedureName ?? <Skeleton.Input size="small" active />}
            </Typography.Paragraph>
          </div>
          <Space wrap>
            <Tag color="blue" style={{ fontSize: 14, padding: '2px 10px' }}>
              {current.statusLabel}
            </Tag>
            <Button onClick={reload} loading={dossier.loading || actions.loading}>
              Làm mới
            </Button>
          </Space>
        </Flex>
        <dl className="facts" style={{ marginTop: 12 }}>
          <dt>Người nộp</dt>
          <dd>
            {current.applicant.name}
            {current.applicant.kind === 'ORGANISATION' ? ' (tổ chức)' : ''}
          </dd>
          <dt>Giấy tờ tùy thân</dt>
          <dd>{current.applicant.idNumber ?? '—'}</dd>
          <dt>Điện thoại</dt>
          <dd>{current.applicant.phone ?? '—'}</dd>
          {current.applicant.address ? (
            <>
              <dt>Địa chỉ</dt>
              <dd>{current.applicant.address}</dd>
            </>
          ) : null}
          <dt>Kênh nộp</dt>
          <dd>{CHANNEL_LABELS[current.channel]}</dd>
          {current.registerNumber ? (
            <>
              <dt>Số sổ theo dõi</dt>
              <dd>
                {current.registerNumber}/{current.registerYear}
              </dd>
            </>
          ) : null}
        </dl>
        <section aria-labelledby="thao-tac" style={{ marginTop: 16 }}>
          <Typography.Title level={2} id="thao-tac" style={{ fontSize: 16 }}>
            Thao tác
          </Typography.Title>
          <ProblemAlert problem={actions.problem} />
          {actions.data ? (
            actions.data.actions.length === 0 ? (
              <Typography.Text type="secondary">
                Bạn không có thao tác nào trên hồ sơ ở trạng thái này.
              </Typography.Text>
            ) : (
              <div className="action-bar">
                {actions.data.actions.map((action) => (
                  <Button
                    key={action.action}
                    type={PRIMARY_ACTIONS.has(action.action) ? 'primary' : 'default'}
                    danger={DANGER_ACTIONS.has(action.action)}
                    onClick={() => setChosen(action)}
                  >
                    {action.label}
                  </Button>
                ))}
              </div>
            )
          ) : (
            <Skeleton.Button active />
          )}
        </section>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-heading">Thời hạn giải quyết</h2>} size="small">
            <DossierClockCard dossier={current} version={pinned.data?.version ?? null} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={<h2 className="card-heading">Biểu mẫu</h2>}
            size="small"
            loading={!forms.data && !forms.problem}
          >
            <ProblemAlert problem={forms.problem} />
            {forms.data ? <FormsList dossierId={current.id} listing={forms.data} /> : null}
          </Card>
        </Col>
      </Row>
      <Card title={<h2 className="card-heading">Các bước liên thông</h2>} size="small">
        <RouteStepsTable steps={current.steps} lateStepAgencyId={current.lateStepAgencyId} />
      </Card>
      <Card
        title={<h2 className="card-heading">Xin ý kiến</h2>}
        size="small"
        loading={!consultations.data && !consultations.problem}
      >
        <ProblemAlert problem={consultations.problem} />
        {consultations.data ? <ConsultationsTable consultations={consultations.data} /> : null}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-heading">Giấy tờ và tệp đính kèm</h2>} size="small">
            <AttachmentsPanel dossier={current} onUploaded={reload} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-heading">Quá trình xử lý (phiếu kiểm soát)</h2>} size="small">
            <DossierTimeline events={current.history} />
          </Card>
        </Col>
      </Row>
      <ActionModal
        key={chosen?.action ?? 'none'}
        dossier={current}
        version={version}
        action={chosen}
        consultations={consultations.data ?? []}
        onClose={() => {
          setChosen(null);
          reload();
        }}
        onDone={(updated, action) => {
          setChosen(null);
          void messages.success(`Đã thực hiện: ${action.label}. Trạng thái: ${updated.statusLabel}.`);
          reload();
          heading.current?.focus();
        }}
      />
    </>
  );
}
