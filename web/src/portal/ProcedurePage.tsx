import { Empty, Skeleton, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../components/ProblemAlert';
import { formatDate } from '../lib/datetime';
import {
  AGENCY_KIND_LABELS,
  CHANNEL_LABELS,
  DOCUMENT_FORM_LABELS,
  FEE_KIND_LABELS,
  formatVnd,
  LEVEL_LABELS,
  ONLINE_MODE_LABELS,
} from '../lib/labels';
import { useApi } from '../lib/use-api';
import { catalogApi, type ProcedureVersion } from './catalog-api';

type Implementation = ProcedureVersion['implementations'][number];
type RequiredDocument = ProcedureVersion['documents'][number];
type Fee = ProcedureVersion['fees'][number];

// One procedure as the public catalog publishes it: what to bring, what it costs, how long it
// takes and where to submit it.
export function ProcedurePage() {
  const { procedureId = '' } = useParams();
  const procedure = useApi(() => catalogApi.getProcedure(procedureId), [procedureId]);
  const version = procedure.data?.currentVersion ?? null;

  return (
    <>
      <nav className="breadcrumb" aria-label="Vị trí">
        <ol>
          <li>
            <Link to="/">Thủ tục hành chính</Link>
          </li>
          <li aria-current="page">{version?.name ?? 'Chi tiết thủ tục'}</li>
        </ol>
      </nav>
      <ProblemAlert problem={procedure.problem} />
      {procedure.loading ? <Skeleton active paragraph={{ rows: 8 }} aria-label="Đang tải thủ tục" /> : null}
      {procedure.data && !version ? (
        <Empty description="Thủ tục này chưa có phiên bản đang có hiệu lực." />
      ) : null}
      {procedure.data && version ? (
        <article aria-labelledby="ten-thu-tuc">
          <Typography.Title level={1} id="ten-thu-tuc" style={{ fontSize: 22 }}>
            {version.name}
          </Typography.Title>
          <dl className="facts">
            <dt>Mã thủ tục</dt>
            <dd>{procedure.data.code}</dd>
            <dt>Lĩnh vực</dt>
            <dd>{version.sector.name}</dd>
            <dt>Cấp thực hiện</dt>
            <dd>{version.implementations.map((item) => LEVEL_LABELS[item.level]).join(', ')}</dd>
            <dt>Dịch vụ công trực tuyến</dt>
            <dd>
              Mức độ {version.serviceLevel} – {ONLINE_MODE_LABELS[version.onlineMode]}
            </dd>
            <dt>Cách thức nộp</dt>
            <dd>{version.channels.map((channel) => CHANNEL_LABELS[channel]).join(', ')}</dd>
            {version.applicants ? (
              <>
                <dt>Đối tượng thực hiện</dt>
                <dd>{version.applicants}</dd>
              </>
            ) : null}
            <dt>Kết quả</dt>
            <dd>{version.resultType}</dd>
            <dt>Hiệu lực từ</dt>
            <dd>{formatDate(version.effectiveFrom)}</dd>
          </dl>
          {version.serviceLevel >= 3 && version.channels.includes('ONLINE') ? (
            <div className="panel" style={{ marginTop: 16 }}>
              <Typography.Paragraph style={{ marginBottom: 8 }}>
                Thủ tục này nộp được trực tuyến: điền tờ khai, tải lên bản quét giấy tờ và theo dõi hồ sơ
                trong “Hồ sơ của tôi”.
              </Typography.Paragraph>
              <Link
                to={`/thu-tuc/${procedureId}/nop-truc-tuyen`}
                className="ant-btn ant-btn-primary ant-btn-color-primary ant-btn-variant-solid"
              >
                Nộp hồ sơ trực tuyến
              </Link>
            </div>
          ) : null}

          <Section title="Thời hạn giải quyết và nơi nộp hồ sơ">
            {version.implementations.map((implementation) => (
              <ImplementationCard key={implementation.level} implementation={implementation} />
            ))}
          </Section>

          <Section title="Thành phần hồ sơ">
            {version.documents.length === 0 ? (
              <Typography.Paragraph>Không yêu cầu giấy tờ.</Typography.Paragraph>
            ) : (
              <ol className="document-list">
                {version.documents.map((document) => (
                  <li key={document.name}>
                    <DocumentLine document={document} />
                  </li>
                ))}
              </ol>
            )}
          </Section>

          <Section title="Phí, lệ phí">
            {version.fees.length === 0 ? (
              <Typography.Paragraph>Không thu phí, lệ phí.</Typography.Paragraph>
            ) : (
              <ul>
                {version.fees.map((fee) => (
                  <li key={`${fee.kind}-${fee.description}`}>
                    <FeeLine fee={fee} />
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section title="Căn cứ pháp lý">
            <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>
              {version.legalBasis}
            </Typography.Paragraph>
          </Section>

          <Typography.Paragraph>
            Đã nộp hồ sơ?{' '}
            <Link to="/tra-cuu" style={{ textDecoration: 'underline' }}>
              Tra cứu tình trạng hồ sơ
            </Link>{' '}
            bằng mã trên giấy tiếp nhận.
          </Typography.Paragraph>
        </article>
      ) : null}
    </>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section style={{ marginTop: 24 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

function whereToSubmit(implementation: Implementation): string {
  const agency =
    implementation.agencyName ??
    (implementation.agencyKind ? AGENCY_KIND_LABELS[implementation.agencyKind] : 'Cơ quan có thẩm quyền');
  return `Bộ phận Tiếp nhận và Trả kết quả của ${agency} ${LEVEL_LABELS[implementation.level].toLowerCase()}`;
}

function ImplementationCard({ implementation }: { implementation: Implementation }) {
  return (
    <section className="panel" style={{ marginBottom: 12 }} aria-label={LEVEL_LABELS[implementation.level]}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {LEVEL_LABELS[implementation.level]}
      </Typography.Title>
      <dl className="facts">
        <dt>Thời hạn giải quyết</dt>
        <dd>
          {implementation.timeLimit.text}
          {implementation.timeLimitNote ? (
            <div className="request-id">{implementation.timeLimitNote}</div>
          ) : null}
        </dd>
        <dt>Nơi nộp hồ sơ</dt>
        <dd>{whereToSubmit(implementation)}</dd>
      </dl>
      {implementation.route.length > 1 ? (
        <>
          <Typography.Text strong>Quy trình liên thông</Typography.Text>
          <ol>
            {implementation.route.map((step) => (
              <li key={`${step.sequence}-${step.task}`}>
                {step.agencyName ??
                  step.agencyLabel ??
                  (step.agencyKind ? AGENCY_KIND_LABELS[step.agencyKind] : '')}{' '}
                ({LEVEL_LABELS[step.level].toLowerCase()}): {step.task} – {step.allotted.text}
                {step.isLead ? <Tag style={{ marginLeft: 6 }}>Chủ trì</Tag> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function DocumentLine({ document }: { document: RequiredDocument }) {
  return (
    <>
      <strong>{document.name}</strong>
      <div className="muted">
        {DOCUMENT_FORM_LABELS[document.form]} · Số lượng: {document.quantity} ·{' '}
        {document.isRequired ? 'Bắt buộc' : 'Tùy trường hợp'}
      </div>
      {document.condition ? <div className="muted">{document.condition}</div> : null}
      {document.templateRef ? <div className="muted">Mẫu: {document.templateRef}</div> : null}
    </>
  );
}

function FeeLine({ fee }: { fee: Fee }) {
  const amount = fee.amountVnd !== null ? formatVnd(fee.amountVnd) : (fee.rule ?? 'Theo quy định');
  const kind = FEE_KIND_LABELS[fee.kind];
  // The catalog often writes the kind into the description ("Lệ phí đăng ký khai sinh").
  const label = fee.description.toLowerCase().startsWith(kind.toLowerCase())
    ? fee.description
    : `${kind}: ${fee.description}`;
  return (
    <>
      {label}: <strong>{amount}</strong>
      {fee.collector ? ` (thu tại ${fee.collector})` : ''}
    </>
  );
}
