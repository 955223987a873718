import { Typography } from 'antd';
import { useId, useState } from 'react';
import './dossier.css';

// A file input that reads in Vietnamese whatever the browser's own language: the native input
// stays (keyboard, screen readers, drag and drop) but is drawn as a button with the chosen name.
export function FilePicker({
  label,
  accept,
  onChange,
  buttonText = 'Chọn tệp',
}: {
  label: string;
  buttonText?: string;
  accept: string;
  onChange: (file: File | null) => void;
}) {
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  return (
    <span className="file-picker">
      <input
        id={id}
        type="file"
        accept={accept}
        aria-label={label}
        onChange={(event) => {
          const file = event.target.files?.[0] ?? null;
          setName(file?.name ?? null);
          onChange(file);
        }}
      />
      <label htmlFor={id} className="file-picker__button">
        {name ? 'Đổi tệp' : buttonText}
      </label>
      <Typography.Text type={name ? undefined : 'secondary'} className="file-picker__name">
        {name ?? 'Chưa có tệp'}
      </Typography.Text>
    </span>
  );
}
