import { Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { toApiProblem, type ApiProblem } from '../../api/problem';
import { dossierApi, type ProcedureSummary } from './dossier-api';

interface ProcedurePickerProps {
  id?: string;
  value?: string;
  onChange?: (procedureId: string | undefined) => void;
  onProblem?: (problem: ApiProblem | null) => void;
  'aria-describedby'?: string;
}

// Finds a published procedure by name or code with the catalog's server-side search, which
// ignores accents and tolerates typos ("dang ky khai sinh" finds "Đăng ký khai sinh"). Used
// as a Form.Item control (value, onChange, id from the form).
export function ProcedurePicker({ id, value, onChange, onProblem, ...aria }: ProcedurePickerProps) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<ProcedureSummary[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      return undefined;
    }
    const ticket = ++latest.current;
    // Wait for a pause in typing: one request per word, not per key.
    const timer = window.setTimeout(() => {
      setLoading(true);
      dossierApi.searchProcedures(text).then(
        (page) => {
          if (ticket === latest.current) {
            setOptions(page.items);
            onProblem?.(null);
            setLoading(false);
          }
        },
        (error: unknown) => {
          if (ticket === latest.current) {
            onProblem?.(toApiProblem(error));
            setLoading(false);
          }
        },
      );
    }, 250);
    return () => window.clearTimeout(timer);
  }, [query, onProblem]);

  return (
    <Select<string>
      id={id}
      aria-describedby={aria['aria-describedby']}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value}
      onChange={(next) => onChange?.(next)}
      allowClear
      loading={loading}
      placeholder="Gõ tên hoặc mã thủ tục, có dấu hoặc không dấu"
      notFoundContent={
        loading
          ? 'Đang tìm…'
          : query.trim().length < 2
            ? 'Gõ ít nhất 2 ký tự'
            : 'Không tìm thấy thủ tục phù hợp'
      }
      options={options.map((procedure) => ({ value: procedure.id, label: procedure.name }))}
      optionRender={(option) => {
        const procedure = options.find((candidate) => candidate.id === option.value);
        return (
          <div>
            <div style={{ whiteSpace: 'normal' }}>{option.label}</div>
            {procedure ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {procedure.code} · {procedure.sector.name}
              </Typography.Text>
            ) : null}
          </div>
        );
      }}
      style={{ width: '100%' }}
    />
  );
}
