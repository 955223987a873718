import { Alert, Button, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { type ApiProblem, toApiProblem } from '../../api/problem';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CHANNEL_LABELS, DOSSIER_STATUS_LABELS, type DossierStatus } from '../../lib/labels';
import { useApi } from '../../lib/use-api';
import { useSubmission } from '../../lib/use-submission';
import { type AllowedAction, type Dossier, type DossierEvent, myDossiersApi } from './citizen-api';
import { citizenApi } from './citizen-session';
import { DocumentUploads } from './DocumentUploads';
import { formatFileSize, saveBlob } from './files';
import { useProcedureNames } from './procedure-names';
import { RatingCard } from './RatingCard';
import { statusColourOf } from './status-colours';
import { WithdrawButton } from './WithdrawButton';
import './citizen.css';

const SUPPLEMENT_STATUSES = ['SUPPLEMENT_REQUESTED_AT_RECEPTION', 'SUPPLEMENT_REQUESTED'];

// One of the citizen's dossiers: where it stands, its dates, its history as the API gives it,
// what the citizen can do now (send a supplement, withdraw) and, once returned, the rating.
export function MyDossierPage() {
  const { dossierId = '' } = useParams();
  const location = useLocation();
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  const dossier = useApi(() => myDossiersApi.get(dossierId), [dossierId]);
  const actions = useApi(() => myDossiersApi.allowedActions(dossierId), [dossierId, dossier.data?.version]);
  const names = useProcedureNames(dossier.data ? [dossier.data.procedureId] : []);

  if (dossier.loading && !dossier.data) {
    return <Skeleton active paragraph={{ rows: 10 }} aria-label="Đang tải hồ sơ" />;
  }
  if (!dossier.data) {
    return (
      <>
        <ProblemAlert problem={dossier.problem} />
        <Link to="/ho-so-cua-toi">← Hồ sơ của tôi</Link>
      </>
    );
  }
  const current = dossier.data;
  const allowed = actions.data?.version === current.version ? actions.data.actions : [];
  const withdraw = allowed.find((action) => action.action === 'WITHDRAW');

  return (
    <>
      <nav className="breadcrumb" aria-label="Vị trí">
        <ol>
          <li>
            <Link to="/ho-so-cua-toi">Hồ sơ của tôi</Link>
          </li>
          <li aria-current="page">{current.code ?? 'Hồ sơ chờ tiếp nhận'}</li>
        </ol>
      </nav>
      {justSubmitted ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title="Đã nộp hồ sơ"
          description="Bộ phận một cửa sẽ kiểm tra và tiếp nhận hồ sơ; mã hồ sơ và ngày hẹn trả có sau khi tiếp nhận."
        />
      ) : null}
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {current.code ? `Hồ sơ ${current.code}` : 'Hồ sơ chờ tiếp nhận'}
      </Typography.Title>
      <div>
        <Tag color={statusColourOf(current.status)} style={{ fontSize: 14, padding: '2px 8px' }}>
          {current.statusLabel}
        </Tag>
      </div>
      <DossierFacts dossier={current} procedureName={names.get(current.procedureId)} />
      <ProblemAlert problem={dossier.problem} />

      {SUPPLEMENT_STATUSES.includes(current.status) ? (
        <SupplementCard dossier={current} actions={allowed} onChanged={dossier.reload} />
      ) : null}
      {current.status === 'SUBMITTED' ? (
        <section className="panel" aria-labelledby="ban-quet">
          <Typography.Title level={2} id="ban-quet" style={{ fontSize: 18 }}>
            Bản quét giấy tờ
          </Typography.Title>
          <Typography.Paragraph className="muted">
            Trong khi chờ tiếp nhận, bạn có thể tải thêm hoặc thay bản quét của từng giấy tờ.
          </Typography.Paragraph>
          <DocumentUploads dossier={current} withSupplement={false} onUploaded={dossier.reload} />
        </section>
      ) : null}
      {current.status === 'RETURNED' ? (
        <RatingCard dossierId={current.id} evaluation={current.evaluation} onRated={dossier.reload} />
      ) : null}

      <DocumentsCard dossier={current} />
      <HistoryCard history={current.history} />

      {withdraw ? (
        <section className="panel" aria-labelledby="rut-ho-so">
          <Typography.Title level={2} id="rut-ho-so" style={{ fontSize: 18 }}>
            Rút hồ sơ
          </Typography.Title>
          <Typography.Paragraph>Bạn có thể rút hồ sơ khi cơ quan chưa ban hành kết quả.</Typography.Paragraph>
          <WithdrawButton dossier={current} onDone={dossier.reload} />
        </section>
      ) : null}
    </>
  );
}

function DossierFacts({ dossier, procedureName }: { dossier: Dossier; procedureName: string | undefined }) {
  return (
    <dl className="facts panel">
      <dt>Thủ tục</dt>
      <dd>{procedureName ?? '…'}</dd>
      <dt>Hình thức nộp</dt>
      <dd>{CHANNEL_LABELS[dossier.channel]}</dd>
      <dt>Ngày nộp</dt>
      <dd>
        <DateTime value={dossier.submittedAt} />
      </dd>
      <dt>Ngày tiếp nhận</dt>
      <dd>
        <DateTime value={dossier.receivedAt} />
      </dd>
      <dt>Hẹn trả kết quả</dt>
      <dd>
        <DateTime value={dossier.appointmentAt} />
      </dd>
      <dt>Hạn giải quyết</dt>
      <dd>
        <DateTime value={dossier.dueAt} />
      </dd>
      {dossier.resolvedAt ? (
        <>
          <dt>Ngày có kết quả</dt>
          <dd>
            <DateTime value={dossier.resolvedAt} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}

// The latest request's note (what is missing), the uploads, then the action the API names.
function SupplementCard({
  dossier,
  actions,
  onChanged,
}: {
  dossier: Dossier;
  actions: readonly AllowedAction[];
  onChanged: () => void;
}) {
  const request = [...dossier.history].reverse().find((event) => event.toStatus === dossier.status);
  const send = actions.find(
    (action) => action.action === 'RESUBMIT' || action.action === 'RECEIVE_SUPPLEMENT',
  );
  const { busy, problem, run } = useSubmission();

  const sendBack = async () => {
    if (!send) {
      return;
    }
    await run(async () => {
      await myDossiersApi.act(dossier.id, send.action as 'RESUBMIT' | 'RECEIVE_SUPPLEMENT', dossier.version);
      onChanged();
    });
  };

  return (
    <section className="panel" aria-labelledby="bo-sung">
      <Typography.Title level={2} id="bo-sung" style={{ fontSize: 18 }}>
        Cần bổ sung hồ sơ
      </Typography.Title>
      <Alert
        type="warning"
        showIcon
        title="Cơ quan yêu cầu bổ sung"
        description={
          <>
            <div style={{ whiteSpace: 'pre-line' }}>{request?.note ?? 'Xem phiếu yêu cầu bổ sung.'}</div>
            {request ? (
              <div className="muted">
                Yêu cầu lúc <DateTime value={request.at} />
              </div>
            ) : null}
          </>
        }
      />
      <Typography.Paragraph style={{ marginTop: 12 }}>
        Tải lên giấy tờ được yêu cầu, rồi bấm nút bên dưới để gửi lại hồ sơ.
      </Typography.Paragraph>
      <DocumentUploads dossier={dossier} withSupplement onUploaded={onChanged} />
      <ProblemAlert problem={problem} />
      {send ? (
        <Button type="primary" loading={busy} onClick={() => void sendBack()} style={{ marginTop: 12 }}>
          {send.label}
        </Button>
      ) : null}
    </section>
  );
}

function DocumentsCard({ dossier }: { dossier: Dossier }) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const download = async (attachment: Dossier['attachments'][number]) => {
    setProblem(null);
    const { data, response } = await citizenApi
      .GET('/api/v1/dossiers/{id}/attachments/{attachmentId}', {
        params: { path: { id: dossier.id, attachmentId: attachment.id } },
        parseAs: 'blob',
      })
      .catch(() => ({ data: undefined, response: null }));
    if (!response?.ok || !data) {
      setProblem(toApiProblem(null));
      return;
    }
    saveBlob(data, attachment.fileName);
  };

  return (
    <section className="panel" aria-labelledby="giay-to">
      <Typography.Title level={2} id="giay-to" style={{ fontSize: 18 }}>
        Giấy tờ và tệp đính kèm
      </Typography.Title>
      <ul className="document-list">
        {dossier.documents.map((document) => (
          <li key={document.documentIndex}>
            {document.name}
            <div className="muted">
              {document.provided ? 'Đã nộp' : 'Chưa nộp'}
              {document.digitised ? ' · có bản quét' : ''}
            </div>
          </li>
        ))}
      </ul>
      {dossier.attachments.length > 0 ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
            Tệp đã tải lên
          </Typography.Title>
          <ul className="document-list">
            {dossier.attachments.map((attachment) => (
              <li key={attachment.id}>
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => void download(attachment)}
                >
                  {attachment.fileName}
                </Button>
                <div className="muted">
                  {formatFileSize(attachment.sizeBytes)} · <DateTime value={attachment.uploadedAt} />
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Typography.Paragraph className="muted">Chưa có tệp đính kèm.</Typography.Paragraph>
      )}
      <ProblemAlert problem={problem} />
    </section>
  );
}

// The history the API gives the citizen, as status changes: internal steps that leave the
// status as it was (assigning a handler, consulting) say nothing new to the applicant, except
// an apology, which moves the appointment.
function HistoryCard({ history }: { history: readonly DossierEvent[] }) {
  const shown = history.filter(
    (event) => event.fromStatus !== event.toStatus || event.action === 'ISSUE_APOLOGY',
  );
  return (
    <section className="panel" aria-labelledby="qua-trinh">
      <Typography.Title level={2} id="qua-trinh" style={{ fontSize: 18 }}>
        Quá trình xử lý
      </Typography.Title>
      {shown.length === 0 ? (
        <Typography.Paragraph className="muted">Chưa có bước xử lý nào.</Typography.Paragraph>
      ) : (
        <Timeline
          items={shown.map((event) => ({
            key: `${event.at}-${event.action}`,
            content: (
              <>
                <strong>
                  {event.action === 'ISSUE_APOLOGY'
                    ? 'Cơ quan xin lỗi và hẹn lại ngày trả kết quả'
                    : (DOSSIER_STATUS_LABELS[event.toStatus as DossierStatus] ?? event.toStatus)}
                </strong>
                <div>
                  <DateTime value={event.at} />
                </div>
                {event.note ? (
                  <div className="muted" style={{ whiteSpace: 'pre-line' }}>
                    {event.note}
                  </div>
                ) : null}
              </>
            ),
          }))}
        />
      )}
    </section>
  );
}
