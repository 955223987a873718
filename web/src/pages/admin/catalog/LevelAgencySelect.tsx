import { Select } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { useApi } from '../../../lib/use-api';

type Level = components['schemas']['RouteStepDto']['level'];

// An agency of one administrative level, picked by typing part of its name (the directory's
// accent-insensitive search); `knownName` labels the value before any search has run.
export function LevelAgencySelect({
  id,
  value,
  onChange,
  level,
  knownName,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  level: Level;
  knownName?: string | null;
}) {
  const [query, setQuery] = useState('');
  // The name of the agency picked, kept when a later search no longer lists it.
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const found = useApi(
    () =>
      unwrap(
        api.GET('/api/v1/agencies', {
          params: { query: { level, q: query || undefined, pageSize: 30 } },
        }),
      ),
    [level, query],
  );
  const options = (found.data?.items ?? []).map((agency) => ({ value: agency.id, label: agency.name }));
  const label = picked !== null && picked.value === value ? picked.label : knownName;
  if (value && label && !options.some((option) => option.value === value)) {
    options.unshift({ value, label });
  }
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value ?? undefined}
      onChange={(next: string | undefined) => {
        const option = options.find((candidate) => candidate.value === next);
        setPicked(option ?? null);
        onChange?.(next ?? null);
      }}
      options={options}
      loading={found.loading}
      placeholder="Gõ tên cơ quan để tìm"
      notFoundContent={found.loading ? 'Đang tìm…' : 'Không tìm thấy cơ quan ở cấp này'}
      style={{ width: 320 }}
    />
  );
}
