import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { formatDateTime } from '../../lib/datetime';
import { useSubmission } from '../../lib/use-submission';
import { ProblemAlert } from '../ProblemAlert';
import { type Consultation } from './consultation-labels';
import { ConsultedAgencyPicker } from './ConsultedAgencyPicker';
import { FilePicker } from './FilePicker';
import { HandlerPicker } from './HandlerPicker';
import { type AllowedAction, type Dossier, type DossierAction, dossierApi } from './dossier-api';

interface ActionForm {
  note?: string;
  assigneeId?: string;
  newAppointment?: Dayjs;
  toPreviousAgency?: boolean;
  missingDocuments?: number[];
  consultedAgencyId?: string;
  question?: string;
  workingDays?: number;
  consultationId?: string;
  answer?: string;
}

// Decision shared with the API (domain/consultation.ts): 1–15 working days, 5 by default.
const CONSULTATION_DAYS = { min: 1, max: 15, default: 5 } as const;
// The question or the answer is the history's note for these: no separate note field.
const WITHOUT_NOTE: ReadonlySet<DossierAction> = new Set(['CONSULT', 'ANSWER_CONSULTATION']);

// What each action asks for besides the version; the API's allowed-actions list says whether
// a reason is required, these say how to ask for it.
const NOTE_LABELS: Partial<Record<DossierAction, string>> = {
  REQUEST_SUPPLEMENT_AT_RECEPTION: 'Giấy tờ cần bổ sung và hướng dẫn (Mẫu 02)',
  REFUSE_AT_RECEPTION: 'Lý do từ chối tiếp nhận, mỗi lý do một dòng (Mẫu 03)',
  REQUEST_SUPPLEMENT: 'Nội dung cần bổ sung, hoàn thiện',
  AWAIT_FINANCIAL_OBLIGATION: 'Nghĩa vụ tài chính người nộp phải thực hiện',
  ISSUE_APOLOGY: 'Lý do chậm trễ (in trên phiếu xin lỗi, Mẫu 04)',
  RESOLVE: 'Kết quả giải quyết (số, ngày văn bản…)',
  REFUSE_AFTER_APPRAISAL: 'Lý do từ chối giải quyết, mỗi lý do một dòng (Mẫu 03)',
  RETURN_TO_PREVIOUS_STEP: 'Lý do trả lại',
  WITHDRAW: 'Lý do rút hồ sơ (theo đơn của người nộp)',
  STOP: 'Lý do dừng xử lý',
};

const STALE_CODES = new Set(['dossier-version-stale']);

export function isVersionConflict(problem: ApiProblem): boolean {
  return problem.status === 412 || STALE_CODES.has(problem.code);
}

// Wall-clock time picked on screen, read as Vietnam's time whatever the browser's zone.
function toVietnamIso(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+07:00`;
}

// One workflow action with its inputs: reasons, the handler, the documents to supplement, the
// new appointment of an apology, the result file. Errors appear next to their field; a version
// conflict (someone acted first) offers to reload the dossier.
export function ActionModal({
  dossier,
  version,
  action,
  consultations = [],
  onClose,
  onDone,
}: {
  dossier: Dossier;
  version: number;
  action: AllowedAction | null;
  // The dossier's consultations: those the user may answer are offered to ANSWER_CONSULTATION.
  consultations?: Consultation[];
  onClose: () => void;
  onDone: (updated: Dossier, action: AllowedAction) => void;
}) {
  const [form] = Form.useForm<ActionForm>();
  const session = useSession();
  const { busy, problem, run } = useSubmission();
  const [resultFile, setResultFile] = useState<File | null>(null);
  const code = action?.action;
  const answerable = consultations.filter((consultation) => consultation.answerable);

  // The API names a field as the request body does (newAppointmentAt); the form as it asks for it.
  const placeProblem = (failure: ApiProblem) => {
    const fields = {
      note: 'note',
      assigneeId: 'assigneeId',
      newAppointmentAt: 'newAppointment',
      consultedAgencyId: 'consultedAgencyId',
      question: 'question',
      workingDays: 'workingDays',
      consultationId: 'consultationId',
      answer: 'answer',
    } as const;
    const placed = failure.fieldErrors.filter((fieldError) => fieldError.field in fields);
    form.setFields(
      placed.map((fieldError) => ({
        name: fields[fieldError.field as keyof typeof fields],
        errors: [fieldError.message],
      })),
    );
    return placed.length > 0 && placed.length === failure.fieldErrors.length;
  };

  const submit = async (values: ActionForm) => {
    if (!action) {
      return;
    }
    await run(async () => {
      if (action.action === 'RESOLVE' && resultFile) {
        // The result is stored before it is issued (allowed once the draft is approved).
        await dossierApi.upload(dossier.id, resultFile, 'RESULT');
      }
      const missing = (values.missingDocuments ?? [])
        .map((index) => dossier.documents.find((document) => document.documentIndex === index)?.name)
        .filter(Boolean)
        .map((name) => `- ${name}`);
      const note = [...missing, values.note?.trim()].filter(Boolean).join('\n');
      const updated = await dossierApi.act(dossier.id, action.action, {
        version,
        ...(note ? { note } : {}),
        ...(action.action === 'ASSIGN' || action.action === 'REASSIGN'
          ? { assigneeId: values.assigneeId }
          : {}),
        ...(values.newAppointment ? { newAppointmentAt: toVietnamIso(values.newAppointment) } : {}),
        ...(values.toPreviousAgency ? { toPreviousAgency: true } : {}),
        ...(action.action === 'CONSULT'
          ? {
              consultedAgencyId: values.consultedAgencyId,
              question: values.question,
              workingDays: values.workingDays,
            }
          : {}),
        ...(action.action === 'ANSWER_CONSULTATION'
          ? { consultationId: values.consultationId, answer: values.answer }
          : {}),
      });
      onDone(updated, action);
    }, placeProblem);
  };

  const conflict = problem && isVersionConflict(problem);
  const noteRequired = action?.requiresReason ?? false;
  return (
    <Modal
      open={action !== null}
      title={action?.label}
      okText="Xác nhận"
      cancelText="Hủy"
      okButtonProps={{
        loading: busy,
        disabled: Boolean(conflict),
        danger: code === 'STOP' || code === 'REFUSE_AFTER_APPRAISAL',
      }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph className="muted">
        Hồ sơ {dossier.code ?? '(chưa cấp mã)'} · {dossier.statusLabel}
      </Typography.Paragraph>
      <Form<ActionForm>
        form={form}
        layout="vertical"
        initialValues={{
          assigneeId: session?.principal.id,
          workingDays: CONSULTATION_DAYS.default,
          consultationId: answerable.length === 1 ? answerable[0].id : undefined,
        }}
        onFinish={(values) => void submit(values)}
        preserve={false}
      >
        {code === 'ASSIGN' || code === 'REASSIGN' ? (
          <Form.Item
            name="assigneeId"
            label="Người xử lý"
            rules={[{ required: true, message: 'Chọn cán bộ xử lý' }]}
            extra="Gõ họ tên (không cần dấu) để tìm trong danh bạ cán bộ của đơn vị"
          >
            <HandlerPicker agencyId={dossier.currentAgencyId} />
          </Form.Item>
        ) : null}
        {code === 'REQUEST_SUPPLEMENT' && dossier.documents.length > 0 ? (
          <Form.Item name="missingDocuments" label="Giấy tờ cần bổ sung">
            <Checkbox.Group
              style={{ display: 'grid', gap: 4 }}
              options={dossier.documents.map((document) => ({
                value: document.documentIndex,
                label: document.name,
              }))}
            />
          </Form.Item>
        ) : null}
        {code === 'ISSUE_APOLOGY' ? (
          <>
            <Alert
              type="info"
              // Standing information, not an alert to announce.
              role="note"
              showIcon
              style={{ marginBottom: 12 }}
              title={`Hẹn trả hiện tại: ${formatDateTime(dossier.appointmentAt)}`}
              description="Chỉ được hẹn lại một lần. Hạn giải quyết theo quy định không thay đổi."
            />
            <Form.Item
              name="newAppointment"
              label="Ngày giờ hẹn trả kết quả mới (giờ Việt Nam)"
              rules={[{ required: true, message: 'Chọn ngày giờ hẹn mới' }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm', minuteStep: 15 }}
                format="DD/MM/YYYY HH:mm"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </>
        ) : null}
        {code === 'RETURN_TO_PREVIOUS_STEP' && dossier.interAgency ? (
          <Form.Item name="toPreviousAgency" valuePropName="checked">
            <Checkbox>Trả về cơ quan ở bước liên thông trước</Checkbox>
          </Form.Item>
        ) : null}
        {code === 'CONSULT' ? (
          <>
            <Form.Item
              name="consultedAgencyId"
              label="Cơ quan được xin ý kiến"
              rules={[{ required: true, message: 'Chọn cơ quan được xin ý kiến' }]}
            >
              <ConsultedAgencyPicker />
            </Form.Item>
            <Form.Item
              name="question"
              label="Nội dung xin ý kiến"
              rules={[{ required: true, whitespace: true, message: 'Nhập nội dung xin ý kiến' }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
            <Form.Item
              name="workingDays"
              label="Thời hạn trả lời (ngày làm việc)"
              extra={`Từ ${CONSULTATION_DAYS.min} đến ${CONSULTATION_DAYS.max} ngày làm việc, tính theo lịch làm việc; không ảnh hưởng thời hạn giải quyết hồ sơ`}
              rules={[{ required: true, message: 'Nhập số ngày làm việc' }]}
            >
              <InputNumber min={CONSULTATION_DAYS.min} max={CONSULTATION_DAYS.max} precision={0} />
            </Form.Item>
          </>
        ) : null}
        {code === 'ANSWER_CONSULTATION' ? (
          <>
            <Form.Item
              name="consultationId"
              label="Yêu cầu xin ý kiến cần trả lời"
              rules={[{ required: true, message: 'Chọn yêu cầu xin ý kiến cần trả lời' }]}
            >
              <Radio.Group
                style={{ display: 'grid', gap: 8 }}
                options={answerable.map((consultation) => ({
                  value: consultation.id,
                  label: `${consultation.requestingAgencyName}: ${consultation.question} (hạn ${formatDateTime(consultation.dueAt)})`,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="answer"
              label="Nội dung trả lời"
              rules={[{ required: true, whitespace: true, message: 'Nhập nội dung trả lời' }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
          </>
        ) : null}
        {code === 'RESOLVE' ? (
          <Form.Item label="Tệp kết quả (nếu có: PDF, JPEG, PNG, TIFF)">
            <FilePicker
              label="Tệp kết quả giải quyết"
              accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff"
              onChange={setResultFile}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="note"
          hidden={code !== undefined && WITHOUT_NOTE.has(code)}
          label={(code && NOTE_LABELS[code]) ?? 'Ghi chú'}
          rules={
            noteRequired
              ? [
                  ({ getFieldValue }) => ({
                    validator: (_, value?: string) =>
                      value?.trim() || (getFieldValue('missingDocuments') as number[] | undefined)?.length
                        ? Promise.resolve()
                        : Promise.reject(new Error('Nội dung này là bắt buộc')),
                  }),
                ]
              : []
          }
          required={noteRequired}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
      </Form>
      <ProblemAlert problem={problem} />
      {conflict ? (
        <Button style={{ marginTop: 8 }} onClick={onClose} type="primary">
          Đóng và tải lại hồ sơ
        </Button>
      ) : null}
    </Modal>
  );
}
