import { DOSSIER_STATUS_FACTS, type DossierAction, type DossierStatus } from '../domain';
import { type FormKind, type FormSet } from '../forms';

// Which of a dossier's forms exist now, and under which names the API serves them. Pure: the
// service passes the facts it read. Numbering is data (Mẫu 05 is the control sheet in the 2018
// set and the stop notice in the 2025 set), so a number is resolved through the dossier's set.

// The register (Mẫu 06/07) belongs to a desk and a year, not to one dossier: see register/.
export type DossierFormKind = Exclude<FormKind, 'register'>;

// The file names of GET /dossiers/{id}/forms/{name}.pdf|json.
export const DOSSIER_FORM_NAMES = {
  receipt: 'receipt',
  'supplement-request': 'supplement-request',
  refusal: 'refusal',
  apology: 'apology',
  'stop-notice': 'stop-notice',
  'process-control': 'control-sheet',
} as const satisfies Record<DossierFormKind, string>;

export const SUPPLEMENT_ACTIONS = [
  'REQUEST_SUPPLEMENT_AT_RECEPTION',
  'REQUEST_SUPPLEMENT',
] as const satisfies readonly DossierAction[];
export const REFUSAL_ACTIONS = [
  'REFUSE_AT_RECEPTION',
  'REFUSE_AFTER_APPRAISAL',
] as const satisfies readonly DossierAction[];

export interface DossierFormFacts {
  readonly status: DossierStatus;
  // Received: it has its code, receipt time and appointment (Mẫu 01).
  readonly isReceived: boolean;
  // The actions in its history: a form exists once the action that issues it was taken.
  readonly actions: ReadonlySet<string>;
}

export type FormAvailability =
  { readonly isAvailable: true } | { readonly isAvailable: false; readonly reason: string };

const DOSSIER_FORM_KINDS = Object.keys(DOSSIER_FORM_NAMES) as DossierFormKind[];
const isDossierFormKind = (value: string): value is DossierFormKind =>
  (DOSSIER_FORM_KINDS as readonly string[]).includes(value);

// The kind a requested name means for this dossier: the API name ('control-sheet'), the kind
// ('process-control') or the number in the dossier's form set ('05', '5'); null if none.
export function resolveDossierFormName(name: string, set: FormSet): DossierFormKind | null {
  const byName = DOSSIER_FORM_KINDS.find((kind) => DOSSIER_FORM_NAMES[kind] === name);
  if (byName !== undefined) {
    return byName;
  }
  if (isDossierFormKind(name)) {
    return name;
  }
  if (/^\d{1,2}$/.test(name)) {
    const kind = set.forms.find((form) => form.number === name.padStart(2, '0'))?.kind;
    return kind !== undefined && isDossierFormKind(kind) ? kind : null;
  }
  return null;
}

const hasAny = (facts: DossierFormFacts, actions: readonly DossierAction[]): boolean =>
  actions.some((action) => facts.actions.has(action));

const unavailable = (reason: string): FormAvailability => ({ isAvailable: false, reason });

// A form applies once the step that issues it happened, and stays available afterwards: forms
// are records, reprinted for the file or the citizen (Decree 61/2018 art. 5 keeps them).
export function findFormAvailability(
  kind: DossierFormKind,
  set: FormSet,
  facts: DossierFormFacts,
): FormAvailability {
  if (!set.forms.some((form) => form.kind === kind)) {
    return unavailable(
      `Bộ biểu mẫu theo ${set.legalBasis}, áp dụng cho hồ sơ này theo ngày tiếp nhận, không có mẫu này.`,
    );
  }
  const statusLabel = DOSSIER_STATUS_FACTS[facts.status].label.toLowerCase();
  switch (kind) {
    case 'receipt':
    case 'process-control':
      return facts.isReceived
        ? { isAvailable: true }
        : unavailable(
            `Hồ sơ chưa được tiếp nhận (${statusLabel}): giấy tiếp nhận và phiếu kiểm soát chỉ lập khi tiếp nhận hồ sơ và cấp mã hồ sơ.`,
          );
    case 'supplement-request':
      return hasAny(facts, SUPPLEMENT_ACTIONS)
        ? { isAvailable: true }
        : unavailable('Hồ sơ chưa có yêu cầu bổ sung, hoàn thiện hồ sơ nào.');
    case 'refusal':
      return hasAny(facts, REFUSAL_ACTIONS)
        ? { isAvailable: true }
        : unavailable('Hồ sơ không bị từ chối tiếp nhận hay từ chối giải quyết.');
    case 'apology':
      return facts.actions.has('ISSUE_APOLOGY')
        ? { isAvailable: true }
        : unavailable('Hồ sơ chưa có văn bản xin lỗi và hẹn lại ngày trả kết quả.');
    case 'stop-notice':
      return facts.status === 'STOPPED' && facts.actions.has('STOP')
        ? { isAvailable: true }
        : unavailable(`Hồ sơ không bị dừng giải quyết (trạng thái hiện tại: ${statusLabel}).`);
  }
}
