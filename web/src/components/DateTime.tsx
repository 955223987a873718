import { formatDate, formatDateTime, toIsoInVietnam } from '../lib/datetime';

// A moment in Vietnam's time (dd/MM/yyyy HH:mm), machine-readable through <time dateTime>.
export function DateTime({
  value,
  dateOnly = false,
}: {
  value: string | null | undefined;
  dateOnly?: boolean;
}) {
  if (!value) {
    return <span aria-label="Chưa có">—</span>;
  }
  return <time dateTime={toIsoInVietnam(value)}>{dateOnly ? formatDate(value) : formatDateTime(value)}</time>;
}
