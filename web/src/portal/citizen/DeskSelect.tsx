import { Select } from 'antd';
import { useState } from 'react';
import { toIsoInVietnam } from '../../lib/datetime';
import { useApi } from '../../lib/use-api';
import { type Agency, myDossiersApi } from './citizen-api';

interface DeskSelectProps {
  id?: string;
  level: string;
  value?: string;
  onChange?: (value: string) => void;
  'aria-invalid'?: boolean;
}

// The one-stop desks (and service centres) of a level open today, searched on the server by name
// without accents; a desk's level decides the time limit that applies.
export function DeskSelect({ id, level, value, onChange, ...aria }: DeskSelectProps) {
  const [q, setQ] = useState('');
  // Today in Vietnam, fixed for the visit of the page.
  const [activeOn] = useState(() => toIsoInVietnam(Date.now()).slice(0, 10));
  const desks = useApi(async () => {
    const query = { level, activeOn, ...(q.trim() ? { q: q.trim() } : {}) };
    const [desksAt, centres] = await Promise.all([
      myDossiersApi.desks({ ...query, kind: 'ONE_STOP_DESK' }),
      myDossiersApi.desks({ ...query, kind: 'SERVICE_CENTRE' }),
    ]);
    return [...centres.items, ...desksAt.items];
  }, [level, q, activeOn]);

  return (
    <Select<string>
      id={id}
      {...aria}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      loading={desks.loading}
      placeholder="Gõ tên xã, phường, huyện… để tìm"
      notFoundContent={desks.loading ? 'Đang tải…' : 'Không có nơi tiếp nhận phù hợp'}
      options={(desks.data ?? []).map((agency: Agency) => ({ value: agency.id, label: agency.name }))}
      style={{ width: '100%' }}
    />
  );
}
