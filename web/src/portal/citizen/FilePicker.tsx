import { useId } from 'react';
import type { ApiProblem } from '../../api/problem';
import { ACCEPTED_FILES, formatFileSize } from './files';

interface FilePickerProps {
  label: string;
  file: File | null;
  onChange: (file: File | null) => void;
  // A local check or the server's answer about this file, shown under it.
  error?: string | null;
  problem?: ApiProblem | null;
  done?: boolean;
  disabled?: boolean;
}

// A native file input: the most reliable picker on a phone (camera or files) and for screen
// readers; its label names the document it is for.
export function FilePicker({ label, file, onChange, error, problem, done, disabled }: FilePickerProps) {
  const id = useId();
  const message = error ?? (problem ? `${problem.title}: ${problem.detail}` : null);
  return (
    <div className="file-picker">
      <label htmlFor={id} className="file-picker__label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={ACCEPTED_FILES}
        disabled={disabled}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-loi` : `${id}-tep`}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
      <div id={`${id}-tep`} className="muted">
        {file
          ? `${file.name} (${formatFileSize(file.size)})${done ? ' – đã tải lên' : ''}`
          : 'PDF, JPEG, PNG hoặc TIFF'}
      </div>
      {message ? (
        <div id={`${id}-loi`} className="file-picker__error" role="alert">
          {message}
        </div>
      ) : null}
    </div>
  );
}
