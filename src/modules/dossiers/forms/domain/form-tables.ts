import {
  type DocumentForm,
  type FeeLine,
  type FormInput,
  type HistoryRow,
  type ReceivedDocument,
  type RegisterRow,
  type TimelinessResult,
} from './form-input';
import {
  type DocumentColumn,
  type FormKind,
  type HistoryColumn,
  type ListSource,
  type RegisterColumn,
} from './form-set';
import { formatDate, formatDateTime, formatTime } from './vietnam-time';

// The cells of the forms' tables and lists, as printed text.

const DOCUMENT_FORM_LABELS = {
  ORIGINAL: 'Bản chính',
  COPY: 'Bản sao',
  CERTIFIED_COPY: 'Bản sao có chứng thực',
  ORIGINAL_OR_CERTIFIED_COPY: 'Bản chính hoặc bản sao có chứng thực',
  PRESENT_ORIGINAL: 'Bản chính (xuất trình để đối chiếu)',
} as const satisfies Record<DocumentForm, string>;

export const TIMELINESS_LABELS = {
  EARLY: 'Trước hạn',
  ON_TIME: 'Đúng hạn',
  LATE: 'Quá hạn',
} as const satisfies Record<TimelinessResult, string>;

// Which list sources each kind's input carries (checkFormSet refuses the others).
export const LIST_SOURCES_BY_KIND = {
  receipt: ['fees'],
  'supplement-request': ['supplementItems'],
  refusal: ['refusalReasons'],
  apology: [],
  'stop-notice': [],
  'process-control': ['coordinatingAgencies'],
  register: [],
} as const satisfies Record<FormKind, readonly ListSource[]>;

// 8000 → '8.000 đồng' (Vietnamese groups thousands with dots).
export function formatVnd(amount: number): string {
  const digits = String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}${digits} đồng`;
}

function describeFee(fee: FeeLine): string {
  const amount = fee.amountVnd === null ? null : formatVnd(fee.amountVnd);
  return [fee.description, amount, fee.note].filter((part) => part !== null && part !== '').join(': ');
}

// The items of a list section, or null when this input has no such list.
export function listItems(source: ListSource, input: FormInput): readonly string[] | null {
  switch (source) {
    case 'fees':
      return input.kind === 'receipt' ? input.fees.map(describeFee) : null;
    case 'supplementItems':
      return input.kind === 'supplement-request' ? input.items : null;
    case 'refusalReasons':
      return input.kind === 'refusal' ? input.reasons : null;
    case 'coordinatingAgencies':
      return input.kind === 'process-control' ? input.coordinatingAgencyNames : null;
  }
}

export function documentCell(column: DocumentColumn, document: ReceivedDocument, index: number): string {
  switch (column) {
    case 'index':
      return String(index + 1);
    case 'name':
      return document.name;
    case 'form':
      return DOCUMENT_FORM_LABELS[document.form];
    case 'quantity':
      return String(document.quantity);
  }
}

const optionalDateTime = (epochMs: number | null): string =>
  epochMs === null ? '' : formatDateTime(epochMs);

export function historyCell(column: HistoryColumn, row: HistoryRow): string {
  switch (column) {
    case 'agencies':
      return `Giao: ${row.from.unit}\nNhận: ${row.to.unit}`;
    case 'handover':
      return [
        `${row.action}: ${formatDateTime(row.at)}`,
        row.from.person === null ? null : `Người giao: ${row.from.person}`,
        row.to.person === null ? null : `Người nhận: ${row.to.person}`,
      ]
        .filter((line) => line !== null)
        .join('\n');
    case 'stepDue':
      return optionalDateTime(row.stepDueAt);
    case 'result':
      // A row that closes no step (a receipt, a return) has no result to print.
      if (row.result !== null) {
        return TIMELINESS_LABELS[row.result];
      }
      return row.stepDueAt === null ? '' : 'Đang giải quyết';
    case 'note':
      return row.note ?? '';
  }
}

// Register dates are narrow columns: the date above the time.
const stackedDateTime = (epochMs: number | null): string =>
  epochMs === null ? '' : `${formatDate(epochMs)}\n${formatTime(epochMs)}`;

export function registerCell(column: RegisterColumn, row: RegisterRow): string {
  switch (column) {
    case 'number':
      return String(row.number);
    case 'dossierCode':
      return row.dossierCode;
    case 'procedure':
      return row.procedureName;
    case 'setCount':
      return String(row.setCount);
    case 'applicant':
      return row.applicantName;
    case 'applicantContact':
      return row.applicantContact ?? '';
    case 'leadAgency':
      return row.leadAgencyName;
    case 'receivedAt':
      return stackedDateTime(row.receivedAt);
    case 'appointmentAt':
      return stackedDateTime(row.appointmentAt);
    case 'transferredAt':
      return stackedDateTime(row.transferredAt);
    case 'resultReceivedAt':
      return stackedDateTime(row.resultReceivedAt);
    case 'returnedAt':
      return stackedDateTime(row.returnedAt);
    case 'note':
      return row.note ?? '';
  }
}
