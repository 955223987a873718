import { type FieldError } from '../../../common';
import { addWorkingMinutes, type WorkingCalendar } from '../../calendar/domain/engine';
import { computeStepDue } from './route-step-due';

// Decree 61/2018 art. 19: during handling, the handler may ask another agency's opinion
// (xin ý kiến); the consultation is recorded with its own deadline. The dossier's clock is not
// touched: a late answer is the consulted agency's delay, and the handling agency's deadline
// still stands.

// Decision: 1–15 working days, 5 when not given. The decree leaves the time to the asking agency;
// 15 is the longest allotted step of the seeded routes, and a limit above the dossier's own
// would make the question pointless.
export const CONSULTATION_WORKING_DAYS = { min: 1, max: 15, default: 5 } as const;
export const CONSULTATION_TEXT_MAX = 4000;

// Due soon: within one working day of now (the deadline watch's default "due soon" window).
const DUE_SOON_WORKING_MINUTES = 480;

export const CONSULTATION_STATES = [
  'WITHIN_TIME',
  'DUE_SOON',
  'OVERDUE',
  'ANSWERED_ON_TIME',
  'ANSWERED_LATE',
  'CLOSED_UNANSWERED',
] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];

export const CONSULTATION_STATE_LABELS = {
  WITHIN_TIME: 'Trong hạn',
  DUE_SOON: 'Sắp đến hạn',
  OVERDUE: 'Quá hạn',
  ANSWERED_ON_TIME: 'Đã trả lời đúng hạn',
  ANSWERED_LATE: 'Đã trả lời quá hạn',
  CLOSED_UNANSWERED: 'Không còn chờ trả lời (hồ sơ đã thôi xử lý)',
} as const satisfies Record<ConsultationState, string>;

export interface ConsultationRequest {
  readonly consultedAgencyId?: string;
  readonly question?: string;
  readonly workingDays?: number;
}

// What is wrong with a CONSULT request on its own (the agency's existence is the service's to
// check): empty when it may go on.
export function checkConsultationRequest(request: ConsultationRequest): FieldError[] {
  const problems: FieldError[] = [];
  if (!request.consultedAgencyId) {
    problems.push({ field: 'consultedAgencyId', message: 'Chọn cơ quan được xin ý kiến' });
  }
  const question = request.question?.trim() ?? '';
  if (!question) {
    problems.push({ field: 'question', message: 'Nhập nội dung xin ý kiến' });
  } else if (question.length > CONSULTATION_TEXT_MAX) {
    problems.push({
      field: 'question',
      message: `Nội dung xin ý kiến không quá ${CONSULTATION_TEXT_MAX} ký tự`,
    });
  }
  const days = request.workingDays ?? CONSULTATION_WORKING_DAYS.default;
  if (
    !Number.isInteger(days) ||
    days < CONSULTATION_WORKING_DAYS.min ||
    days > CONSULTATION_WORKING_DAYS.max
  ) {
    problems.push({
      field: 'workingDays',
      message: `Thời hạn trả lời từ ${CONSULTATION_WORKING_DAYS.min} đến ${CONSULTATION_WORKING_DAYS.max} ngày làm việc`,
    });
  }
  return problems;
}

export function checkConsultationAnswer(answer: string | undefined): FieldError[] {
  const text = answer?.trim() ?? '';
  if (!text) {
    return [{ field: 'answer', message: 'Nhập nội dung trả lời' }];
  }
  return text.length > CONSULTATION_TEXT_MAX
    ? [{ field: 'answer', message: `Nội dung trả lời không quá ${CONSULTATION_TEXT_MAX} ký tự` }]
    : [];
}

// Counted like a route step's allotted time: from the request, in working days of the calendar,
// a request outside office hours starting at the next working period.
export function computeConsultationDue(
  cal: WorkingCalendar,
  requestedAtMs: number,
  workingDays: number,
): number {
  return computeStepDue(cal, { amount: workingDays, unit: 'WORKING_DAYS' }, requestedAtMs);
}

export function isConsultationAnswerLate(dueAtMs: number, answeredAtMs: number): boolean {
  return answeredAtMs > dueAtMs;
}

export interface ConsultationTiming {
  readonly dueAtMs: number;
  readonly answeredAtMs: number | null;
  // Whether the dossier is still being handled (an answer could still be given). Once it is
  // resolved, returned, withdrawn or stopped, an unanswered consultation waits for nothing, and
  // reading it as overdue would blame the consulted agency for a question nobody needs answered.
  readonly dossierHandled: boolean;
}

// An answered consultation keeps its verdict; an open one is read against now, unless its dossier
// has left handling.
export function findConsultationState(
  cal: WorkingCalendar,
  consultation: ConsultationTiming,
  nowMs: number,
): ConsultationState {
  if (consultation.answeredAtMs !== null) {
    return isConsultationAnswerLate(consultation.dueAtMs, consultation.answeredAtMs)
      ? 'ANSWERED_LATE'
      : 'ANSWERED_ON_TIME';
  }
  if (!consultation.dossierHandled) {
    return 'CLOSED_UNANSWERED';
  }
  if (consultation.dueAtMs < nowMs) {
    return 'OVERDUE';
  }
  return consultation.dueAtMs <= addWorkingMinutes(cal, nowMs, DUE_SOON_WORKING_MINUTES)
    ? 'DUE_SOON'
    : 'WITHIN_TIME';
}
