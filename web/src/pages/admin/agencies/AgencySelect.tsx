import { Select } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useApi } from '../../../lib/use-api';

// An agency picked by typing part of its name (the API's accent-insensitive search).
export function AgencySelect({
  id,
  value,
  onChange,
  placeholder = 'Gõ tên cơ quan để tìm',
  allowClear = false,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
}) {
  const [query, setQuery] = useState('');
  const found = useApi(
    () => unwrap(api.GET('/api/v1/agencies', { params: { query: { q: query || undefined, pageSize: 30 } } })),
    [query],
  );
  const chosen = useApi(
    () =>
      value
        ? unwrap(api.GET('/api/v1/agencies/{id}', { params: { path: { id: value } } }))
        : Promise.resolve(null),
    [value],
  );
  const options = (found.data?.items ?? []).map((agency) => ({ value: agency.id, label: agency.name }));
  if (chosen.data && !options.some((option) => option.value === chosen.data?.id)) {
    options.unshift({ value: chosen.data.id, label: chosen.data.name });
  }
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      options={options}
      loading={found.loading}
      placeholder={placeholder}
      allowClear={allowClear}
      notFoundContent={found.loading ? 'Đang tìm…' : 'Không tìm thấy cơ quan'}
      style={{ minWidth: 280 }}
    />
  );
}
