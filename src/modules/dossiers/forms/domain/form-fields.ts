import {
  type ApologyInput,
  type DossierFormInput,
  type FormChannel,
  type FormInput,
  type ProcessControlInput,
  type ReceiptInput,
  type RefusalInput,
  type RegisterInput,
  type StopNoticeInput,
  type SupplementRequestInput,
} from './form-input';
import { type FormKind } from './form-set';
import { formatDate, formatDateTime } from './vietnam-time';

// The placeholders a form's templates may use, per kind. The compiler checks that each kind's
// value function fills exactly its list, and checkFormSet that a template uses only these.
const DOSSIER_FIELDS = [
  'agencyName',
  'deskName',
  'documentNumber',
  'applicantName',
  'applicantIdNumber',
  'applicantAddress',
  'applicantPhone',
  'applicantEmail',
  'procedureName',
  'procedureCode',
  'timeLimit',
  'channel',
  'receivedAt',
  'receivedDate',
  'lookupUrl',
  'dossierCode',
] as const;

export const FORM_FIELDS = {
  receipt: [
    ...DOSSIER_FIELDS,
    'appointmentAt',
    'setCount',
    'resultDelivery',
    'registerBook',
    'registerNumber',
    'lookupSecret',
    'receiverName',
  ],
  'supplement-request': [...DOSSIER_FIELDS, 'supplementReason', 'contactName', 'contactPhone', 'guideName'],
  refusal: [...DOSSIER_FIELDS, 'receiverName'],
  apology: [
    ...DOSSIER_FIELDS,
    'appointmentAt',
    'apologyReason',
    'newAppointmentAt',
    'signerTitle',
    'signerName',
  ],
  'stop-notice': [...DOSSIER_FIELDS, 'stoppedAt', 'stopReason', 'signerTitle', 'signerName'],
  'process-control': [...DOSSIER_FIELDS, 'appointmentAt', 'dueAt', 'resolvingAgency'],
  register: ['agencyName', 'deskName', 'registerYear', 'registerBook'],
} as const satisfies Record<FormKind, readonly string[]>;

export type FieldName = (typeof FORM_FIELDS)[FormKind][number];
type FieldsOf<Kind extends FormKind> = (typeof FORM_FIELDS)[Kind][number];
// A field's printed text, or null when the input has no value (the form then shows dots).
export type FieldValues<Kind extends FormKind = FormKind> = Record<FieldsOf<Kind>, string | null>;

const CHANNEL_LABELS = {
  DIRECT: 'Trực tiếp',
  ONLINE: 'Trực tuyến',
  POST: 'Qua dịch vụ bưu chính công ích',
} as const satisfies Record<FormChannel, string>;

export function describeChannel(channel: FormChannel): string {
  return CHANNEL_LABELS[channel];
}

// Forms travel on paper: an identity number shows only its last 4 characters.
export function maskIdNumber(idNumber: string): string {
  const compact = idNumber.replace(/\s+/g, '');
  const shown = compact.length > 8 ? 4 : Math.max(0, compact.length - 4);
  return '*'.repeat(compact.length - shown) + compact.slice(compact.length - shown);
}

function dossierFields(input: DossierFormInput): Record<(typeof DOSSIER_FIELDS)[number], string | null> {
  return {
    agencyName: input.agency.name,
    deskName: input.deskName,
    documentNumber: input.documentNumber,
    applicantName: input.applicant.name,
    applicantIdNumber: input.applicant.idNumber === null ? null : maskIdNumber(input.applicant.idNumber),
    applicantAddress: input.applicant.address,
    applicantPhone: input.applicant.phone,
    applicantEmail: input.applicant.email,
    procedureName: input.procedure.name,
    procedureCode: input.procedure.code,
    timeLimit: input.procedure.timeLimitText,
    channel: describeChannel(input.channel),
    receivedAt: formatDateTime(input.receivedAt),
    receivedDate: formatDate(input.receivedAt),
    lookupUrl: input.lookupUrl,
    dossierCode: input.dossierCode,
  };
}

function receiptFields(input: ReceiptInput): FieldValues<'receipt'> {
  return {
    ...dossierFields(input),
    appointmentAt: formatDateTime(input.appointmentAt),
    setCount: String(input.setCount).padStart(2, '0'),
    resultDelivery: input.resultDelivery,
    registerBook: input.registerEntry?.book ?? null,
    registerNumber: input.registerEntry === null ? null : String(input.registerEntry.number),
    lookupSecret: input.lookupSecret,
    receiverName: input.receiverName,
  };
}

function supplementFields(input: SupplementRequestInput): FieldValues<'supplement-request'> {
  return {
    ...dossierFields(input),
    supplementReason: input.reason,
    contactName: input.contact?.name ?? null,
    contactPhone: input.contact?.phone ?? null,
    guideName: input.guideName,
  };
}

function refusalFields(input: RefusalInput): FieldValues<'refusal'> {
  return { ...dossierFields(input), receiverName: input.receiverName };
}

function apologyFields(input: ApologyInput): FieldValues<'apology'> {
  return {
    ...dossierFields(input),
    appointmentAt: formatDateTime(input.appointmentAt),
    apologyReason: input.reason,
    newAppointmentAt: formatDateTime(input.newAppointmentAt),
    signerTitle: input.signer.title,
    signerName: input.signer.name,
  };
}

function stopNoticeFields(input: StopNoticeInput): FieldValues<'stop-notice'> {
  return {
    ...dossierFields(input),
    stoppedAt: formatDateTime(input.stoppedAt),
    stopReason: input.reason,
    signerTitle: input.signer.title,
    signerName: input.signer.name,
  };
}

function processControlFields(input: ProcessControlInput): FieldValues<'process-control'> {
  return {
    ...dossierFields(input),
    appointmentAt: formatDateTime(input.appointmentAt),
    dueAt: formatDateTime(input.dueAt),
    resolvingAgency: input.resolvingAgencyName,
  };
}

function registerFields(input: RegisterInput): FieldValues<'register'> {
  return {
    agencyName: input.agency.name,
    deskName: input.deskName,
    registerYear: String(input.year),
    registerBook: input.book,
  };
}

// The printed values of an input's placeholders, keyed by field name.
export function fieldValues(input: FormInput): Partial<Record<FieldName, string | null>> {
  switch (input.kind) {
    case 'receipt':
      return receiptFields(input);
    case 'supplement-request':
      return supplementFields(input);
    case 'refusal':
      return refusalFields(input);
    case 'apology':
      return apologyFields(input);
    case 'stop-notice':
      return stopNoticeFields(input);
    case 'process-control':
      return processControlFields(input);
    case 'register':
      return registerFields(input);
  }
}

// Whether a kind's input offers the field (a receipt has no apology reason).
export function isFieldOf(kind: FormKind, name: string): boolean {
  return (FORM_FIELDS[kind] as readonly string[]).includes(name);
}
