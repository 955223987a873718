import { type Channel, NATIONAL_CHANNEL_CODES } from '../../catalog/procedures/domain/procedure-vocabulary';

// Where a dossier stands. The national portal knows ten statuses (domain.md, "National status
// codes"); the system needs a few more to say who holds the dossier, and each maps to one national
// code for the portal sync. Decisions:
// - A supplement asked at reception (Mẫu 02, no code, no clock) and one asked during handling
//   (the clock stops, Decree 61/2018 art. 19.4) are different statuses: they lead to different
//   actions and clock effects, though both are national 5.
// - Approval is visible: AWAITING_APPROVAL (draft result with a leader) and APPROVED (signed,
//   not yet issued or forwarded) are national 4, like IN_PROGRESS.
// - Granted or refused after appraisal is a resolution field (see DossierResolution), not a
//   status: both are national 9 and both are classified against dueAt.
// - Consultations and assignments are records beside the dossier, not statuses.
export const DOSSIER_STATUSES = [
  'SUBMITTED', // online submission (or a desk registration) awaiting the desk's check
  'SUPPLEMENT_REQUESTED_AT_RECEPTION',
  'NOT_RECEIVED', // refused at reception (Mẫu 03)
  'RECEIVED', // at the desk with its code and clock, awaiting transfer
  'IN_PROGRESS',
  'AWAITING_APPROVAL',
  'APPROVED',
  'SUPPLEMENT_REQUESTED', // during handling: the clock is stopped
  'AWAITING_FINANCIAL_OBLIGATION', // the clock is paused
  'WITHDRAWN',
  'STOPPED',
  'RESOLVED', // the result is issued, awaiting return
  'RETURNED',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const INITIAL_DOSSIER_STATUS = 'SUBMITTED' satisfies DossierStatus;

// RESOLVE gives GRANTED (the result asked for); REFUSE_AFTER_APPRAISAL gives REFUSED (Mẫu 03).
export const DOSSIER_RESOLUTIONS = ['GRANTED', 'REFUSED'] as const;
export type DossierResolution = (typeof DOSSIER_RESOLUTIONS)[number];

export const NATIONAL_STATUS_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type NationalStatusCode = (typeof NATIONAL_STATUS_CODES)[number];

export const NATIONAL_STATUS_LABELS = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
} as const satisfies Record<NationalStatusCode, string>;

// RECEPTION: not yet received (no code, no clock). HANDLING: received, neither resolved nor ended:
// "in progress" in the statistics. RESULT: resolved (returned or not). ENDED: closed without a
// result (refused at reception, withdrawn, stopped).
export type DossierPhase = 'RECEPTION' | 'HANDLING' | 'RESULT' | 'ENDED';

interface StatusFacts {
  readonly nationalCode: NationalStatusCode;
  readonly phase: DossierPhase;
  readonly isEnd: boolean; // no action can follow
  readonly label: string;
}

export const DOSSIER_STATUS_FACTS = {
  SUBMITTED: { nationalCode: 1, phase: 'RECEPTION', isEnd: false, label: 'Mới đăng ký, chờ kiểm tra' },
  SUPPLEMENT_REQUESTED_AT_RECEPTION: {
    nationalCode: 5,
    phase: 'RECEPTION',
    isEnd: false,
    label: 'Yêu cầu bổ sung khi tiếp nhận',
  },
  NOT_RECEIVED: { nationalCode: 3, phase: 'ENDED', isEnd: true, label: 'Không được tiếp nhận' },
  RECEIVED: { nationalCode: 2, phase: 'HANDLING', isEnd: false, label: 'Đã tiếp nhận' },
  IN_PROGRESS: { nationalCode: 4, phase: 'HANDLING', isEnd: false, label: 'Đang xử lý' },
  AWAITING_APPROVAL: { nationalCode: 4, phase: 'HANDLING', isEnd: false, label: 'Chờ phê duyệt' },
  APPROVED: { nationalCode: 4, phase: 'HANDLING', isEnd: false, label: 'Đã phê duyệt, chờ ban hành' },
  SUPPLEMENT_REQUESTED: {
    nationalCode: 5,
    phase: 'HANDLING',
    isEnd: false,
    label: 'Yêu cầu bổ sung hồ sơ',
  },
  AWAITING_FINANCIAL_OBLIGATION: {
    nationalCode: 6,
    phase: 'HANDLING',
    isEnd: false,
    label: 'Chờ thực hiện nghĩa vụ tài chính',
  },
  WITHDRAWN: { nationalCode: 7, phase: 'ENDED', isEnd: true, label: 'Công dân rút hồ sơ' },
  STOPPED: { nationalCode: 8, phase: 'ENDED', isEnd: true, label: 'Dừng xử lý' },
  RESOLVED: { nationalCode: 9, phase: 'RESULT', isEnd: false, label: 'Đã giải quyết, chờ trả kết quả' },
  RETURNED: { nationalCode: 10, phase: 'RESULT', isEnd: true, label: 'Đã trả kết quả' },
} as const satisfies Record<DossierStatus, StatusFacts>;

export const DOSSIER_RESOLUTION_LABELS = {
  GRANTED: 'Giải quyết (có kết quả)',
  REFUSED: 'Từ chối giải quyết sau thẩm định',
} as const satisfies Record<DossierResolution, string>;

export function isDossierStatus(value: unknown): value is DossierStatus {
  return typeof value === 'string' && (DOSSIER_STATUSES as readonly string[]).includes(value);
}

export function toNationalStatusCode(status: DossierStatus): NationalStatusCode {
  return DOSSIER_STATUS_FACTS[status].nationalCode;
}

// The statuses reported under one national code (several internal ones share 4 and 5).
export function statusesOfNationalCode(code: NationalStatusCode): DossierStatus[] {
  return DOSSIER_STATUSES.filter((status) => DOSSIER_STATUS_FACTS[status].nationalCode === code);
}

export function isEndStatus(status: DossierStatus): boolean {
  return DOSSIER_STATUS_FACTS[status].isEnd;
}

export function phaseOf(status: DossierStatus): DossierPhase {
  return DOSSIER_STATUS_FACTS[status].phase;
}

export function describeStatus(status: DossierStatus): string {
  return DOSSIER_STATUS_FACTS[status].label;
}

// Decree 61/2018 art. 16 channels with the national codes 1 direct, 2 online, 3 post (the catalog
// owns the vocabulary; the portal sync reads it from here too).
export type { Channel };
export { NATIONAL_CHANNEL_CODES };

export function toNationalChannelCode(channel: Channel): 1 | 2 | 3 {
  return NATIONAL_CHANNEL_CODES[channel];
}

export function channelOfNationalCode(code: number): Channel | null {
  const match = (Object.keys(NATIONAL_CHANNEL_CODES) as Channel[]).find(
    (channel) => NATIONAL_CHANNEL_CODES[channel] === code,
  );
  return match ?? null;
}
