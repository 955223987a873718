import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { toApiProblem, type ApiProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type DeskIntake, dossierApi, type Dossier } from '../../../components/dossier/dossier-api';
import { FilePicker } from '../../../components/dossier/FilePicker';
import { ProcedurePicker } from '../../../components/dossier/ProcedurePicker';
import { CHANNEL_LABELS, DOCUMENT_FORM_LABELS, LEVEL_LABELS } from '../../../lib/labels';
import { useApi } from '../../../lib/use-api';
import { IntakeOutcome, type ScanUpload } from './IntakeOutcome';
import { OutcomeNoteModal, type NoteOutcome } from './OutcomeNoteModal';

type Channel = DeskIntake['channel'];

export interface IntakeForm {
  procedureId?: string;
  channel: Channel;
  applicant: DeskIntake['applicant'];
  provided: number[];
}

// The server names fields by their path in the body; the form by arrays.
type FieldPath = ['procedureId'] | ['channel'] | ['provided'] | ['applicant', keyof DeskIntake['applicant']];
const FIELD_PATHS: Record<string, FieldPath> = {
  procedureId: ['procedureId'],
  channel: ['channel'],
  'applicant.kind': ['applicant', 'kind'],
  'applicant.name': ['applicant', 'name'],
  'applicant.idNumber': ['applicant', 'idNumber'],
  'applicant.phone': ['applicant', 'phone'],
  'applicant.email': ['applicant', 'email'],
  'applicant.address': ['applicant', 'address'],
  checklist: ['provided'],
};

const DESK_CHANNELS: readonly Channel[] = ['DIRECT', 'POST'];
const ACCEPTED_SCANS = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff';

// Desk intake (Decree 61/2018 art. 17): the clerk finds the procedure, records the applicant,
// ticks the published document list, attaches the scans, and then receives the dossier (Mẫu 01),
// asks once for a supplement (Mẫu 02) or refuses it (Mẫu 03) with reasons.
export function IntakePage() {
  const [form] = Form.useForm<IntakeForm>();
  const procedureId = Form.useWatch('procedureId', form);
  const provided = Form.useWatch('provided', form) ?? [];
  const [searchProblem, setSearchProblem] = useState<ApiProblem | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState<DeskIntake['outcome'] | null>(null);
  const [noteFor, setNoteFor] = useState<NoteOutcome | null>(null);
  const [scans, setScans] = useState<Record<number, File>>({});
  const [outcome, setOutcome] = useState<{ dossier: Dossier; uploads: ScanUpload[] } | null>(null);
  const onSearchProblem = useCallback((next: ApiProblem | null) => setSearchProblem(next), []);

  const procedure = useApi(
    () => (procedureId ? dossierApi.procedure(procedureId) : Promise.resolve(null)),
    [procedureId],
  );
  const version = procedure.data?.currentVersion ?? null;
  const documents = version?.documents ?? [];
  const channels = DESK_CHANNELS.filter((channel) => version?.channels.includes(channel));
  const missingRequired = documents.filter(
    (document, index) => document.isRequired && !provided.includes(index),
  );

  const submit = async (outcomeKind: DeskIntake['outcome'], note?: string) => {
    const values = await form.validateFields().catch(() => null);
    if (!values?.procedureId) {
      return false;
    }
    setBusy(outcomeKind);
    setProblem(null);
    try {
      const dossier = await dossierApi.intake({
        procedureId: values.procedureId,
        channel: values.channel,
        applicant: withoutBlanks(values.applicant),
        checklist: documents.map((_, index) => ({
          documentIndex: index,
          provided: values.provided.includes(index),
        })),
        outcome: outcomeKind,
        ...(note ? { note } : {}),
      });
      const uploads = Object.entries(scans)
        .filter(([index]) => values.provided.includes(Number(index)))
        .map(([index, file]) => ({
          documentIndex: Number(index),
          file,
          name: documents[Number(index)]?.name ?? file.name,
        }));
      setOutcome({ dossier, uploads });
      return true;
    } catch (error) {
      const failure = toApiProblem(error);
      const placed = failure.fieldErrors.filter((fieldError) => FIELD_PATHS[fieldError.field]);
      form.setFields(
        placed.map((fieldError) => ({ name: FIELD_PATHS[fieldError.field], errors: [fieldError.message] })),
      );
      if (placed.length === 0 || placed.length < failure.fieldErrors.length) {
        setProblem(failure);
      }
      return false;
    } finally {
      setBusy(null);
    }
  };

  const startOver = () => {
    form.resetFields();
    setScans({});
    setOutcome(null);
    setProblem(null);
  };

  if (outcome) {
    return <IntakeOutcome dossier={outcome.dossier} uploads={outcome.uploads} onNext={startOver} />;
  }

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        Tiếp nhận hồ sơ
      </Typography.Title>
      <Form<IntakeForm>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ channel: 'DIRECT', applicant: { kind: 'PERSON' }, provided: [] }}
        onValuesChange={(changed: Partial<IntakeForm>) => {
          if ('procedureId' in changed) {
            form.setFieldsValue({ provided: [] });
            setScans({});
          }
        }}
        onFinish={() => void submit('RECEIVE')}
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title="1. Thủ tục hành chính" size="small">
              <Form.Item
                name="procedureId"
                label="Tên hoặc mã thủ tục"
                rules={[{ required: true, message: 'Chọn thủ tục hành chính' }]}
                extra="Tìm không cần gõ dấu, ví dụ: dang ky khai sinh"
              >
                <ProcedurePicker onProblem={onSearchProblem} />
              </Form.Item>
              <ProblemAlert problem={searchProblem ?? procedure.problem} />
              {version ? (
                <dl className="facts">
                  <dt>Lĩnh vực</dt>
                  <dd>{version.sector.name}</dd>
                  <dt>Thời hạn giải quyết</dt>
                  <dd>
                    {version.implementations.map((implementation) => (
                      <div
                        key={
                          implementation.level + (implementation.agencyId ?? implementation.agencyKind ?? '')
                        }
                      >
                        {LEVEL_LABELS[implementation.level]}: {implementation.timeLimit.text}
                      </div>
                    ))}
                  </dd>
                </dl>
              ) : null}
              <Form.Item
                name="channel"
                label="Hình thức nộp"
                style={{ marginTop: 12, marginBottom: 0 }}
                rules={[{ required: true, message: 'Chọn hình thức nộp' }]}
              >
                <Radio.Group>
                  {(channels.length > 0 ? channels : DESK_CHANNELS).map((channel) => (
                    <Radio
                      key={channel}
                      value={channel}
                      disabled={channels.length > 0 && !channels.includes(channel)}
                    >
                      {CHANNEL_LABELS[channel]}
                    </Radio>
                  ))}
                </Radio.Group>
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <ApplicantCard />
          </Col>
        </Row>
        <Card
          title="3. Thành phần hồ sơ"
          size="small"
          style={{ marginTop: 16 }}
          loading={procedure.loading && !!procedureId}
        >
          {!version ? (
            <Typography.Text type="secondary">
              Chọn thủ tục để hiện danh mục thành phần hồ sơ đã công bố.
            </Typography.Text>
          ) : (
            <Form.Item
              name="provided"
              label="Đánh dấu giấy tờ người nộp đã nộp; đính kèm bản quét nếu có"
              style={{ marginBottom: 0 }}
            >
              <Checkbox.Group style={{ display: 'block' }}>
                <ol className="document-list">
                  {documents.map((document, index) => (
                    <li key={document.name + String(index)}>
                      <Flex wrap gap={8} align="center" justify="space-between">
                        <Checkbox value={index}>
                          {document.name}{' '}
                          <Typography.Text type="secondary">
                            ({DOCUMENT_FORM_LABELS[document.form]}, {document.quantity} bộ)
                          </Typography.Text>{' '}
                          {document.isRequired ? <Tag color="red">Bắt buộc</Tag> : <Tag>Nếu có</Tag>}
                          {document.condition ? <div className="muted">{document.condition}</div> : null}
                        </Checkbox>
                        <FilePicker
                          label={`Bản quét: ${document.name}`}
                          buttonText="Đính kèm bản quét"
                          accept={ACCEPTED_SCANS}
                          onChange={(file) => {
                            setScans((current) => {
                              const next = { ...current };
                              if (file) {
                                next[index] = file;
                              } else {
                                delete next[index];
                              }
                              return next;
                            });
                            if (file && !provided.includes(index)) {
                              form.setFieldsValue({ provided: [...provided, index] });
                            }
                          }}
                        />
                      </Flex>
                    </li>
                  ))}
                </ol>
              </Checkbox.Group>
            </Form.Item>
          )}
        </Card>
        <div className="panel" style={{ marginTop: 16 }}>
          {version && missingRequired.length > 0 ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={`Còn thiếu ${missingRequired.length} thành phần bắt buộc`}
              description="Hồ sơ chưa đủ thì yêu cầu bổ sung (một lần, Mẫu 02) thay vì tiếp nhận."
            />
          ) : null}
          <ProblemAlert problem={problem} className="intake-problem" />
          <Space wrap style={{ marginTop: problem ? 12 : 0 }}>
            <Button type="primary" htmlType="submit" loading={busy === 'RECEIVE'} disabled={busy !== null}>
              Tiếp nhận hồ sơ
            </Button>
            <Button onClick={() => setNoteFor('REQUEST_SUPPLEMENT')} disabled={busy !== null}>
              Yêu cầu bổ sung
            </Button>
            <Button danger onClick={() => setNoteFor('REFUSE')} disabled={busy !== null}>
              Từ chối tiếp nhận
            </Button>
          </Space>
        </div>
      </Form>
      <OutcomeNoteModal
        outcome={noteFor}
        missing={documents.filter((_, index) => !provided.includes(index)).map((document) => document.name)}
        busy={busy !== null}
        problem={problem}
        onCancel={() => setNoteFor(null)}
        onConfirm={async (note) => {
          if (noteFor && (await submit(noteFor, note))) {
            setNoteFor(null);
          }
        }}
      />
    </>
  );
}

function ApplicantCard() {
  const kind = Form.useWatch(['applicant', 'kind']) as DeskIntake['applicant']['kind'] | undefined;
  return (
    <Card title="2. Người nộp hồ sơ" size="small">
      <Form.Item name={['applicant', 'kind']} label="Người nộp là" style={{ marginBottom: 8 }}>
        <Radio.Group>
          <Radio value="PERSON">Cá nhân</Radio>
          <Radio value="ORGANISATION">Tổ chức</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name={['applicant', 'name']}
        label={kind === 'ORGANISATION' ? 'Tên tổ chức' : 'Họ và tên'}
        rules={[{ required: true, whitespace: true, message: 'Nhập tên người nộp' }]}
        style={{ marginBottom: 8 }}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          {/* Personal data: never prefilled by the browser, never logged; the API stores it
              encrypted and shows it masked. */}
          <Form.Item
            name={['applicant', 'idNumber']}
            label={kind === 'ORGANISATION' ? 'Mã số thuế / số đăng ký' : 'Số CCCD / định danh'}
            style={{ marginBottom: 8 }}
          >
            <Input autoComplete="off" inputMode="numeric" spellCheck={false} maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name={['applicant', 'phone']}
            label="Số điện thoại"
            extra="4 số cuối dùng để tra cứu hồ sơ"
            style={{ marginBottom: 8 }}
          >
            <Input autoComplete="off" inputMode="tel" spellCheck={false} maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['applicant', 'address']} label="Địa chỉ" style={{ marginBottom: 8 }}>
        <Input maxLength={300} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name={['applicant', 'email']}
        label="Thư điện tử"
        rules={[{ type: 'email', message: 'Địa chỉ thư điện tử chưa đúng' }]}
        style={{ marginBottom: 0 }}
      >
        <Input autoComplete="off" maxLength={254} spellCheck={false} />
      </Form.Item>
    </Card>
  );
}

function withoutBlanks(applicant: DeskIntake['applicant']): DeskIntake['applicant'] {
  const trimmed = Object.entries(applicant)
    .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value] as const)
    .filter(([, value]) => value !== undefined && value !== '');
  return Object.fromEntries(trimmed) as DeskIntake['applicant'];
}
