import { Select } from 'antd';
import { ROLE_LABELS, useSession } from '../../auth/session';
import { useApi } from '../../lib/use-api';
import { ProblemAlert } from '../ProblemAlert';
import { dossierApi, type Handler } from './dossier-api';

// Typed without accents or with them: "tran van binh" finds "Trần Văn Bình".
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function describe(handler: Handler): string {
  const roles = handler.roles.map((role) => ROLE_LABELS[role]).join(', ');
  return `${handler.fullName} (${handler.username}) · ${roles} · ${handler.agencyName}`;
}

// The handler of an assignment, chosen by name from the directory of the organisation holding
// the dossier. Without the directory (its problem shown here), the user may still take it.
export function HandlerPicker({
  agencyId,
  id,
  value,
  onChange,
}: {
  agencyId: string;
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const session = useSession();
  const directory = useApi(() => dossierApi.handlers(agencyId), [agencyId]);
  const me = session?.principal;
  const options = (directory.data?.items ?? []).map((handler) => ({
    value: handler.id,
    label: handler.id === me?.id ? `${describe(handler)} (tôi)` : describe(handler),
  }));
  if (me && !options.some((option) => option.value === me.id)) {
    options.unshift({ value: me.id, label: `Tôi (${me.username})` });
  }
  return (
    <>
      <Select
        id={id}
        value={value}
        onChange={onChange}
        showSearch={{ filterOption: (input, option) => folded(option?.label ?? '').includes(folded(input)) }}
        loading={directory.loading}
        options={options}
        notFoundContent="Không có cán bộ nào khớp"
        placeholder="Chọn cán bộ xử lý"
      />
      <ProblemAlert problem={directory.problem} />
    </>
  );
}
