import { Typography } from 'antd';
import { useState } from 'react';
import { type ApiProblem, toApiProblem } from '../../api/problem';
import { type Dossier, myDossiersApi } from './citizen-api';
import { FilePicker } from './FilePicker';
import { checkScanFile } from './files';

interface Sent {
  file: File | null;
  error: string | null;
  problem: ApiProblem | null;
  done: boolean;
  busy: boolean;
}
const NOTHING: Sent = { file: null, error: null, problem: null, done: false, busy: false };
const OTHER = -1;

// Files the citizen sends to their dossier: a scan per document of its list, and (answering a
// supplement request) any other paper asked for. Each is uploaded as soon as it is chosen.
export function DocumentUploads({
  dossier,
  withSupplement,
  onUploaded,
}: {
  dossier: Dossier;
  withSupplement: boolean;
  onUploaded: () => void;
}) {
  const [sent, setSent] = useState<Record<number, Sent>>({});
  const update = (key: number, change: Partial<Sent>) =>
    setSent((current) => ({ ...current, [key]: { ...(current[key] ?? NOTHING), ...change } }));

  const send = async (key: number, file: File | null) => {
    const error = file ? checkScanFile(file) : null;
    update(key, { file, error, problem: null, done: false });
    if (!file || error) {
      return;
    }
    update(key, { busy: true });
    try {
      await (key === OTHER
        ? myDossiersApi.upload(dossier.id, file, 'SUPPLEMENT')
        : myDossiersApi.upload(dossier.id, file, 'DOCUMENT', key));
      update(key, { done: true, busy: false });
      onUploaded();
    } catch (failure) {
      update(key, { problem: toApiProblem(failure), busy: false });
    }
  };

  return (
    <>
      <ol className="checklist">
        {dossier.documents.map((document) => {
          const state = sent[document.documentIndex] ?? NOTHING;
          return (
            <li key={document.documentIndex}>
              <FilePicker
                label={document.name}
                file={state.file}
                error={state.error}
                problem={state.problem}
                done={state.done}
                disabled={state.busy}
                onChange={(file) => void send(document.documentIndex, file)}
              />
              {document.digitised ? <div className="muted">Đã có bản quét.</div> : null}
            </li>
          );
        })}
        {withSupplement ? (
          <li>
            <FilePicker
              label="Giấy tờ bổ sung khác"
              file={sent[OTHER]?.file ?? null}
              error={sent[OTHER]?.error}
              problem={sent[OTHER]?.problem}
              done={sent[OTHER]?.done}
              disabled={sent[OTHER]?.busy}
              onChange={(file) => void send(OTHER, file)}
            />
          </li>
        ) : null}
      </ol>
      {Object.values(sent).some((state) => state.busy) ? (
        <Typography.Text role="status">Đang tải tệp lên…</Typography.Text>
      ) : null}
    </>
  );
}
