import type { Attachment, DossierAction, DossierStep, Deadline } from './dossier-api';

type SkippedReason = Deadline['explanation']['skippedDays'][number]['reason'];
type StartAdjustment = Deadline['explanation']['startAdjustment'];

// The API's own action labels, for the history rows, which carry only the code (the
// allowed-actions list brings its labels with it). A pure module of the backend: no copy to drift.
import { DOSSIER_ACTION_LABELS as ACTION_LABELS } from '../../../../src/modules/dossiers/domain/dossier-actions';

// History rows written outside the actions endpoint.
const OTHER_EVENT_LABELS: Record<string, string> = {
  SUBMIT: 'Nộp hồ sơ trực tuyến',
};

export function describeEvent(action: string): string {
  return ACTION_LABELS[action as DossierAction] ?? OTHER_EVENT_LABELS[action] ?? action;
}

export const PURPOSE_LABELS = {
  DOCUMENT: 'Bản quét thành phần hồ sơ',
  SUPPLEMENT: 'Hồ sơ bổ sung',
  RESULT: 'Kết quả giải quyết',
  OTHER: 'Tệp khác (biên lai, …)',
} as const satisfies Record<Attachment['purpose'], string>;

export const STEP_STATUS_LABELS = {
  PENDING: 'Chưa đến lượt',
  ACTIVE: 'Đang xử lý',
  DONE: 'Đã xong',
  CANCELLED: 'Đã hủy',
} as const satisfies Record<DossierStep['status'], string>;

export const STEP_STATUS_COLOURS = {
  PENDING: 'default',
  ACTIVE: 'processing',
  DONE: 'success',
  CANCELLED: 'default',
} as const satisfies Record<DossierStep['status'], string>;

export const CLASSIFICATION_LABELS = {
  EARLY: 'Trước hạn',
  ON_TIME: 'Đúng hạn',
  LATE: 'Quá hạn',
} as const satisfies Record<NonNullable<DossierStep['result']>, string>;

// Solid tags with white text (the light preset ones fall short of 4.5:1).
export const CLASSIFICATION_COLOURS = {
  EARLY: '#2e7d32',
  ON_TIME: '#1554c0',
  LATE: '#b3261e',
} as const satisfies Record<NonNullable<DossierStep['result']>, string>;

export const SKIPPED_DAY_LABELS = {
  WEEKEND: 'Ngày nghỉ cuối tuần',
  HOLIDAY: 'Ngày lễ, Tết',
  COMPENSATORY_DAY_OFF: 'Ngày nghỉ bù',
  DAY_OFF: 'Ngày nghỉ',
  OUTSIDE_OFFICE_HOURS: 'Ngoài giờ làm việc',
  AFTER_ONLINE_CUTOFF: 'Nộp trực tuyến sau giờ làm việc',
  FIRST_DAY_NOT_COUNTED: 'Không tính ngày tiếp nhận',
} as const satisfies Record<SkippedReason, string>;

export const START_ADJUSTMENT_LABELS = {
  NONE: 'Tính ngay từ lúc tiếp nhận.',
  BEFORE_OFFICE_HOURS: 'Tiếp nhận trước giờ làm việc: tính từ đầu giờ làm việc.',
  BETWEEN_OFFICE_PERIODS: 'Tiếp nhận trong giờ nghỉ trưa: tính từ đầu buổi chiều.',
  AFTER_OFFICE_HOURS: 'Tiếp nhận sau giờ làm việc: tính từ ngày làm việc tiếp theo.',
  AFTER_ONLINE_CUTOFF: 'Nộp trực tuyến ngoài giờ: tính từ giờ làm việc đầu tiên của ngày làm việc tiếp theo.',
  DAY_OFF: 'Tiếp nhận vào ngày nghỉ: tính từ ngày làm việc tiếp theo.',
} as const satisfies Record<StartAdjustment, string>;
