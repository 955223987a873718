import { Button, Form, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type ApiProblem, toApiProblem } from '../../api/problem';
import { useSubmission } from '../../lib/use-submission';
import { DateTime } from '../DateTime';
import { ProblemAlert } from '../ProblemAlert';
import { FilePicker } from './FilePicker';
import { type Attachment, type AttachmentPurpose, type Dossier, dossierApi } from './dossier-api';
import { PURPOSE_LABELS } from './dossier-labels';
import { downloadFile, formatFileSize } from './open-file';
import './dossier.css';

// Closed dossiers take no more files (the API answers 409).
const CLOSED = new Set(['NOT_RECEIVED', 'WITHDRAWN', 'STOPPED', 'RETURNED']);
const ACCEPTED = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff';

interface UploadForm {
  purpose: AttachmentPurpose;
  documentIndex?: number;
}

// The documents ticked at intake with their scans, every attached file (download), and an
// upload form for staff who may act on the dossier.
export function AttachmentsPanel({ dossier, onUploaded }: { dossier: Dossier; onUploaded: () => void }) {
  const [problem, setProblem] = useState<{ id: string; problem: ApiProblem } | null>(null);
  const documentName = (index: number | null) =>
    index === null
      ? null
      : (dossier.documents.find((document) => document.documentIndex === index)?.name ??
        `Giấy tờ số ${index + 1}`);

  const download = (attachment: Attachment) => {
    setProblem(null);
    downloadFile(() => dossierApi.attachment(dossier.id, attachment.id), attachment.fileName).catch(
      (error: unknown) => setProblem({ id: attachment.id, problem: toApiProblem(error) }),
    );
  };

  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
        Thành phần hồ sơ
      </Typography.Title>
      {dossier.documents.length === 0 ? (
        <Typography.Text type="secondary">Không có danh mục giấy tờ.</Typography.Text>
      ) : (
        <ol className="document-list">
          {dossier.documents.map((document) => (
            <li key={document.documentIndex}>
              {document.name}{' '}
              {document.provided ? <Tag color="#2e7d32">Đã nộp</Tag> : <Tag color="#a35200">Chưa nộp</Tag>}
              {document.digitised ? <Tag color="blue">Đã số hóa</Tag> : null}
            </li>
          ))}
        </ol>
      )}
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        Tệp đính kèm
      </Typography.Title>
      {dossier.attachments.length === 0 ? (
        <Typography.Text type="secondary">Chưa có tệp nào.</Typography.Text>
      ) : (
        <ul className="row-list">
          {dossier.attachments.map((attachment) => (
            <li key={attachment.id}>
              <div className="row-list__main">
                <div>{attachment.fileName}</div>
                <div className="muted">
                  {PURPOSE_LABELS[attachment.purpose]}
                  {attachment.documentIndex !== null
                    ? ` · ${documentName(attachment.documentIndex)}`
                    : ''} · {formatFileSize(attachment.sizeBytes)} ·{' '}
                  <DateTime value={attachment.uploadedAt} />
                </div>
                {problem?.id === attachment.id ? <ProblemAlert problem={problem.problem} /> : null}
              </div>
              <Button
                size="small"
                onClick={() => download(attachment)}
                aria-label={`Tải về ${attachment.fileName}`}
              >
                Tải về
              </Button>
            </li>
          ))}
        </ul>
      )}
      {CLOSED.has(dossier.status) ? null : <UploadAttachment dossier={dossier} onUploaded={onUploaded} />}
    </>
  );
}

function UploadAttachment({ dossier, onUploaded }: { dossier: Dossier; onUploaded: () => void }) {
  const [form] = Form.useForm<UploadForm>();
  const purpose = Form.useWatch('purpose', form);
  const [file, setFile] = useState<File | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const { busy, problem, run } = useSubmission();
  const [fileError, setFileError] = useState<string | null>(null);

  const submit = async (values: UploadForm) => {
    if (!file) {
      setFileError('Chọn tệp cần tải lên');
      return;
    }
    setFileError(null);
    await run(async () => {
      await dossierApi.upload(dossier.id, file, values.purpose, values.documentIndex);
      form.resetFields();
      setFile(null);
      setPickerKey((count) => count + 1);
      onUploaded();
    });
  };

  return (
    <Form<UploadForm>
      form={form}
      layout="vertical"
      initialValues={{ purpose: 'DOCUMENT' }}
      onFinish={(values) => void submit(values)}
      style={{ marginTop: 12 }}
      className="panel"
    >
      <Typography.Text strong>Tải lên tệp mới</Typography.Text>
      <Space wrap align="start" style={{ marginTop: 8 }}>
        <Form.Item name="purpose" label="Loại tệp" style={{ minWidth: 220, marginBottom: 8 }}>
          <Select options={Object.entries(PURPOSE_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {purpose === 'DOCUMENT' || purpose === 'SUPPLEMENT' ? (
          <Form.Item
            name="documentIndex"
            label="Giấy tờ"
            style={{ minWidth: 260, marginBottom: 8 }}
            rules={purpose === 'DOCUMENT' ? [{ required: true, message: 'Chọn giấy tờ của bản quét' }] : []}
          >
            <Select
              allowClear
              options={dossier.documents.map((document) => ({
                value: document.documentIndex,
                label: document.name,
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          label="Tệp (PDF, JPEG, PNG, TIFF)"
          validateStatus={fileError ? 'error' : undefined}
          help={fileError}
          style={{ marginBottom: 8 }}
        >
          <FilePicker
            key={pickerKey}
            label="Tệp cần tải lên"
            accept={ACCEPTED}
            onChange={(file) => {
              setFile(file);
              setFileError(null);
            }}
          />
        </Form.Item>
      </Space>
      <ProblemAlert problem={problem} />
      <Button htmlType="submit" loading={busy} style={{ marginTop: 8 }}>
        Tải lên
      </Button>
    </Form>
  );
}
