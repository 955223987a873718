import { Alert, Button, Form, Input, Radio, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type ApiProblem, toApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { showFieldProblems } from '../../components/problem-fields';
import { DOCUMENT_FORM_LABELS, LEVEL_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/use-api';
import { type ProcedureVersion } from '../catalog-api';
import { type Dossier, myDossiersApi, newIdempotencyKey } from './citizen-api';
import { DeskSelect } from './DeskSelect';
import { FilePicker } from './FilePicker';
import { checkScanFile } from './files';
import './citizen.css';

// Form fields named as the API names them in its field errors, so each problem lands on its field.
interface SubmissionForm {
  level: string;
  deskAgencyId: string;
  'applicant.kind': 'PERSON' | 'ORGANISATION';
  'applicant.name': string;
  'applicant.idNumber'?: string;
  'applicant.phone'?: string;
  'applicant.email'?: string;
  'applicant.address'?: string;
}
const SERVER_FIELDS = [
  'deskAgencyId',
  'applicant.kind',
  'applicant.name',
  'applicant.idNumber',
  'applicant.phone',
  'applicant.email',
  'applicant.address',
] as const;

interface Upload {
  file: File | null;
  error: string | null;
  problem: ApiProblem | null;
  done: boolean;
}
const NO_UPLOAD: Upload = { file: null, error: null, problem: null, done: false };

export function isOnlineSubmissionOffered(version: ProcedureVersion): boolean {
  // Online service levels 3 and 4 (Decree 43/2011) offering the online channel.
  return version.serviceLevel >= 3 && version.channels.includes('ONLINE');
}

// Online submission of a level 3/4 procedure: where to, who applies, a scan per document. The
// dossier is created first (one Idempotency-Key per attempt, kept for its retries), then each scan
// is uploaded to it; a failed upload is retried alone, the dossier is not submitted twice.
export function SubmitPage() {
  const { procedureId = '' } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<SubmissionForm>();
  const procedure = useApi(() => myDossiersApi.procedure(procedureId), [procedureId]);
  const profile = useApi(() => myDossiersApi.profile(), []);
  const version = procedure.data?.currentVersion ?? null;
  const levels = version?.implementations.map((implementation) => implementation.level) ?? [];
  const level = Form.useWatch('level', form) ?? levels[0];

  // By document index; a document not touched yet has no entry.
  const [uploads, setUploads] = useState<Record<number, Upload>>({});
  const [attemptKey, setAttemptKey] = useState<string | null>(null);
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const citizen = profile.data?.citizen;
    if (citizen && !form.isFieldTouched('applicant.name')) {
      form.setFieldsValue({
        'applicant.name': citizen.fullName,
        ...(typeof citizen.email === 'string' ? { 'applicant.email': citizen.email } : {}),
      });
    }
  }, [form, profile.data]);

  const update = (index: number, change: Partial<Upload>) =>
    setUploads((current) => ({ ...current, [index]: { ...(current[index] ?? NO_UPLOAD), ...change } }));
  const pick = (index: number, file: File | null) =>
    update(index, { file, error: file ? checkScanFile(file) : null, problem: null, done: false });

  const submit = async (values: SubmissionForm) => {
    if (!version) {
      return;
    }
    const missing = version.documents.flatMap((document, index) =>
      document.isRequired && !uploads[index]?.file ? [index] : [],
    );
    missing.forEach((index) => update(index, { error: 'Tải lên bản quét của giấy tờ bắt buộc này' }));
    if (missing.length > 0 || Object.values(uploads).some((upload) => upload.error && upload.file)) {
      setProblem(null);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const created = dossier ?? (await createDossier(values, version));
      const failed = await uploadScans(created);
      if (!failed) {
        await navigate(`/ho-so-cua-toi/${created.id}`, { state: { submitted: true } });
      }
    } finally {
      setBusy(false);
    }
  };

  const createDossier = async (values: SubmissionForm, current: ProcedureVersion): Promise<Dossier> => {
    const key = attemptKey ?? newIdempotencyKey();
    setAttemptKey(key);
    try {
      const created = await myDossiersApi.submit(
        {
          procedureId,
          deskAgencyId: values.deskAgencyId,
          applicant: {
            kind: values['applicant.kind'],
            name: values['applicant.name'].trim(),
            ...trimmed('idNumber', values['applicant.idNumber']),
            ...trimmed('phone', values['applicant.phone']),
            ...trimmed('email', values['applicant.email']),
            ...trimmed('address', values['applicant.address']),
          },
          checklist: current.documents.map((_document, documentIndex) => ({
            documentIndex,
            provided: Boolean(uploads[documentIndex]?.file),
          })),
        },
        key,
      );
      setDossier(created);
      return created;
    } catch (error) {
      const failure = toApiProblem(error);
      // A refusal is final for this attempt (nothing was created): the next one gets a new key.
      // A lost connection or a server error may have created it: the retry keeps the key.
      if (failure.status >= 400 && failure.status < 500) {
        setAttemptKey(null);
      }
      if (!showFieldProblems(form, failure, SERVER_FIELDS)) {
        setProblem(failure);
      }
      throw failure;
    }
  };

  // Uploads the scans not sent yet; answers whether one failed.
  const uploadScans = async (target: Dossier): Promise<boolean> => {
    let failed = false;
    for (const [key, upload] of Object.entries(uploads)) {
      const index = Number(key);
      if (!upload.file || upload.done) {
        continue;
      }
      try {
        await myDossiersApi.upload(target.id, upload.file, 'DOCUMENT', index);
        update(index, { done: true });
      } catch (error) {
        failed = true;
        update(index, { problem: toApiProblem(error) });
      }
    }
    return failed;
  };

  if (procedure.loading) {
    return <Skeleton active paragraph={{ rows: 8 }} aria-label="Đang tải thủ tục" />;
  }
  if (!version) {
    return (
      <>
        <ProblemAlert problem={procedure.problem} />
        {procedure.data ? (
          <Alert type="info" showIcon title="Thủ tục này chưa có phiên bản có hiệu lực." />
        ) : null}
      </>
    );
  }
  if (!isOnlineSubmissionOffered(version)) {
    return (
      <Alert
        type="info"
        showIcon
        title="Thủ tục này chưa nộp trực tuyến được"
        description={
          <>
            Mời nộp hồ sơ trực tiếp hoặc qua bưu chính.{' '}
            <Link to={`/thu-tuc/${procedureId}`}>Xem thủ tục</Link>
          </>
        }
      />
    );
  }

  return (
    <>
      <nav className="breadcrumb" aria-label="Vị trí">
        <ol>
          <li>
            <Link to={`/thu-tuc/${procedureId}`}>{version.name}</Link>
          </li>
          <li aria-current="page">Nộp trực tuyến</li>
        </ol>
      </nav>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        Nộp hồ sơ trực tuyến: {version.name}
      </Typography.Title>
      <Form<SubmissionForm>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ level: levels[0], 'applicant.kind': 'PERSON' }}
        onFinish={(values) => void submit(values).catch(() => undefined)}
        scrollToFirstError={{ focus: true }}
      >
        <section className="panel" aria-labelledby="noi-nop">
          <Typography.Title level={2} id="noi-nop" style={{ fontSize: 18 }}>
            Nơi nộp hồ sơ
          </Typography.Title>
          {levels.length > 1 ? (
            <Form.Item name="level" label="Cấp giải quyết">
              <Radio.Group
                disabled={Boolean(dossier)}
                options={levels.map((value) => ({ value, label: LEVEL_LABELS[value] }))}
                onChange={() => form.setFieldValue('deskAgencyId', undefined)}
              />
            </Form.Item>
          ) : null}
          <Form.Item
            name="deskAgencyId"
            label="Bộ phận tiếp nhận hồ sơ"
            rules={[{ required: true, message: 'Chọn nơi tiếp nhận hồ sơ' }]}
          >
            <DeskSelect level={level ?? 'COMMUNE'} />
          </Form.Item>
        </section>

        <section className="panel" aria-labelledby="nguoi-nop" style={{ marginTop: 16 }}>
          <Typography.Title level={2} id="nguoi-nop" style={{ fontSize: 18 }}>
            Người nộp hồ sơ
          </Typography.Title>
          <Form.Item name="applicant.kind" label="Người nộp là">
            <Radio.Group
              options={[
                { value: 'PERSON', label: 'Cá nhân' },
                { value: 'ORGANISATION', label: 'Tổ chức' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="applicant.name"
            label="Họ và tên (hoặc tên tổ chức)"
            rules={[{ required: true, whitespace: true, min: 2, message: 'Nhập họ và tên' }]}
          >
            <Input autoComplete="name" maxLength={200} />
          </Form.Item>
          <Form.Item name="applicant.idNumber" label="Số định danh cá nhân (CCCD)">
            <Input inputMode="numeric" autoComplete="off" maxLength={20} />
          </Form.Item>
          <Form.Item
            name="applicant.phone"
            label="Số điện thoại"
            extra="4 số cuối dùng để tra cứu hồ sơ bằng mã trên giấy tiếp nhận."
          >
            <Input type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />
          </Form.Item>
          <Form.Item
            name="applicant.email"
            label="E-mail"
            rules={[{ type: 'email', message: 'E-mail chưa đúng dạng' }]}
          >
            <Input type="email" autoComplete="email" maxLength={254} />
          </Form.Item>
          <Form.Item name="applicant.address" label="Địa chỉ">
            <Input autoComplete="street-address" maxLength={300} />
          </Form.Item>
        </section>

        <section className="panel" aria-labelledby="thanh-phan" style={{ marginTop: 16 }}>
          <Typography.Title level={2} id="thanh-phan" style={{ fontSize: 18 }}>
            Thành phần hồ sơ
          </Typography.Title>
          <Typography.Paragraph className="muted">
            Tải lên bản quét hoặc ảnh chụp rõ nét của từng giấy tờ (PDF, JPEG, PNG, TIFF).
          </Typography.Paragraph>
          {version.documents.length === 0 ? (
            <Typography.Paragraph>Thủ tục này không yêu cầu giấy tờ.</Typography.Paragraph>
          ) : (
            <ol className="checklist">
              {version.documents.map((document, index) => (
                <li key={`${index}-${document.name}`}>
                  <div>
                    <Tag color={document.isRequired ? 'red' : 'default'}>
                      {document.isRequired ? 'Bắt buộc' : 'Tùy trường hợp'}
                    </Tag>
                    <span className="muted">
                      {DOCUMENT_FORM_LABELS[document.form]} · Số lượng: {document.quantity}
                    </span>
                  </div>
                  {document.condition ? <div className="muted">{document.condition}</div> : null}
                  <FilePicker
                    label={`${index + 1}. ${document.name}`}
                    file={uploads[index]?.file ?? null}
                    error={uploads[index]?.error}
                    problem={uploads[index]?.problem}
                    done={uploads[index]?.done}
                    disabled={busy || uploads[index]?.done}
                    onChange={(file) => pick(index, file)}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>

        <div style={{ marginTop: 16 }}>
          <ProblemAlert problem={problem} />
          {dossier ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title="Hồ sơ đã được gửi, còn tệp chưa tải lên được"
              description="Chọn lại tệp bị lỗi rồi bấm “Tải lại tệp”, hoặc bổ sung sau trong Hồ sơ của tôi."
            />
          ) : null}
          <div className="actions-row" style={{ marginTop: 12 }}>
            <Button type="primary" htmlType="submit" loading={busy}>
              {dossier ? 'Tải lại tệp' : 'Nộp hồ sơ'}
            </Button>
            {dossier ? <Link to={`/ho-so-cua-toi/${dossier.id}`}>Xem hồ sơ đã nộp</Link> : null}
          </div>
        </div>
      </Form>
    </>
  );
}

function trimmed<Key extends string>(key: Key, value: string | undefined): Partial<Record<Key, string>> {
  const text = value?.trim();
  return text ? ({ [key]: text } as Record<Key, string>) : {};
}
