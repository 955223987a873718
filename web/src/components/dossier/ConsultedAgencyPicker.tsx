import { Select } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../lib/use-api';
import { ProblemAlert } from '../ProblemAlert';

// Today in Vietnam, for the directory's "active on" filter.
function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

// The agency asked for its opinion, found by typing part of its name (the directory's
// accent-insensitive search over agencies active today).
export function ConsultedAgencyPicker({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const [query, setQuery] = useState('');
  const found = useApi(
    () =>
      unwrap(
        api.GET('/api/v1/agencies', {
          params: { query: { q: query || undefined, activeOn: vietnamToday(), pageSize: 30 } },
        }),
      ),
    [query],
  );
  const options = (found.data?.items ?? []).map((agency) => ({ value: agency.id, label: agency.name }));
  return (
    <>
      <Select
        id={id}
        value={value}
        onChange={onChange}
        showSearch={{ filterOption: false, onSearch: setQuery }}
        options={options}
        loading={found.loading}
        placeholder="Gõ tên cơ quan để tìm (không cần dấu)"
        notFoundContent={found.loading ? 'Đang tìm…' : 'Không tìm thấy cơ quan'}
      />
      <ProblemAlert problem={found.problem} />
    </>
  );
}
