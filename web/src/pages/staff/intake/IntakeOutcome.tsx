import { Button, Result, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { toApiProblem, type ApiProblem } from '../../../api/problem';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { dossierApi, type Dossier } from '../../../components/dossier/dossier-api';
import { openPdfInNewTab } from '../../../components/dossier/open-file';
import '../../../components/dossier/dossier.css';

export interface ScanUpload {
  documentIndex: number;
  name: string;
  file: File;
}

type UploadState = 'waiting' | 'done' | ApiProblem;

// The form each intake outcome gives the applicant.
const PRINTED_FORM = {
  RECEIVED: { name: 'receipt', label: 'In phiếu tiếp nhận (Mẫu 01)' },
  SUPPLEMENT_REQUESTED_AT_RECEPTION: {
    name: 'supplement-request',
    label: 'In phiếu yêu cầu bổ sung (Mẫu 02)',
  },
  NOT_RECEIVED: { name: 'refusal', label: 'In phiếu từ chối tiếp nhận (Mẫu 03)' },
} as const;

// What the desk hands over after intake: the code and appointment, the form to print in one
// click, and the scans stored against the dossier one by one.
export function IntakeOutcome({
  dossier,
  uploads,
  onNext,
}: {
  dossier: Dossier;
  uploads: readonly ScanUpload[];
  onNext: () => void;
}) {
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);
  const [states, setStates] = useState<Record<number, UploadState>>({});
  const [printProblem, setPrintProblem] = useState<ApiProblem | null>(null);
  const printed = PRINTED_FORM[dossier.status as keyof typeof PRINTED_FORM] ?? null;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    // Once per outcome, even if React runs the effect twice in development.
    if (started.current) {
      return undefined;
    }
    started.current = true;
    void (async () => {
      for (const upload of uploads) {
        const state: UploadState = await dossierApi
          .upload(dossier.id, upload.file, 'DOCUMENT', upload.documentIndex)
          .then(
            () => 'done' as const,
            (error: unknown) => toApiProblem(error),
          );
        setStates((before) => ({ ...before, [upload.documentIndex]: state }));
      }
    })();
    return undefined;
  }, [dossier.id, uploads]);

  const print = () => {
    if (!printed) {
      return;
    }
    setPrintProblem(null);
    openPdfInNewTab(() => dossierApi.formPdf(dossier.id, printed.name)).catch((error: unknown) =>
      setPrintProblem(toApiProblem(error)),
    );
  };

  const received = dossier.status === 'RECEIVED';
  return (
    <Result
      status={received ? 'success' : 'info'}
      title={
        <h1 ref={heading} tabIndex={-1} style={{ fontSize: 22, margin: 0 }}>
          {received ? `Đã tiếp nhận hồ sơ ${dossier.code ?? ''}` : dossier.statusLabel}
        </h1>
      }
      subTitle={
        <Space orientation="vertical" size={2}>
          <span>Người nộp: {dossier.applicant.name}</span>
          {dossier.appointmentAt ? (
            <span>
              Hẹn trả kết quả: <DateTime value={dossier.appointmentAt} />
            </span>
          ) : null}
          {dossier.registerNumber ? (
            <span>
              Số thứ tự trong sổ theo dõi: {dossier.registerNumber}/{dossier.registerYear}
            </span>
          ) : null}
        </Space>
      }
      extra={
        <Space orientation="vertical" align="center">
          <Space wrap>
            {printed ? (
              <Button type="primary" onClick={print}>
                {printed.label}
              </Button>
            ) : null}
            <Button onClick={() => void navigate(`/can-bo/ho-so/${dossier.id}`)}>Mở trang hồ sơ</Button>
            <Button onClick={onNext}>Tiếp nhận hồ sơ khác</Button>
          </Space>
          <ProblemAlert problem={printProblem} />
          {uploads.length > 0 ? (
            <section aria-label="Bản quét đính kèm" style={{ textAlign: 'left', minWidth: 360 }}>
              <Typography.Text strong>Bản quét đính kèm</Typography.Text>
              <ul className="row-list" aria-live="polite">
                {uploads.map((upload) => {
                  const state = states[upload.documentIndex] ?? 'waiting';
                  return (
                    <li key={upload.documentIndex}>
                      <span className="row-list__main">{upload.name}</span>
                      {state === 'waiting' ? (
                        <Tag color="processing">Đang tải lên…</Tag>
                      ) : state === 'done' ? (
                        <Tag color="success">Đã lưu</Tag>
                      ) : (
                        <Tag color="error">Chưa lưu được</Tag>
                      )}
                      {typeof state === 'object' ? <ProblemAlert problem={state} /> : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
        </Space>
      }
    />
  );
}
