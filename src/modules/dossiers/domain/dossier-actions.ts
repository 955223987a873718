// What staff and citizens do to a dossier (the endpoints /dossiers/{id}/actions/{action}).
export const DOSSIER_ACTIONS = [
  'RECEIVE',
  'REQUEST_SUPPLEMENT_AT_RECEPTION',
  'REFUSE_AT_RECEPTION',
  'RESUBMIT',
  'TRANSFER',
  'ASSIGN',
  'REASSIGN',
  'CONSULT',
  'ANSWER_CONSULTATION',
  'SEND_FOR_APPROVAL',
  'APPROVE',
  'RETURN_TO_PREVIOUS_STEP',
  'FORWARD_TO_NEXT_AGENCY',
  'COMPLETE_STEP',
  'REQUEST_SUPPLEMENT',
  'RECEIVE_SUPPLEMENT',
  'AWAIT_FINANCIAL_OBLIGATION',
  'FINANCIAL_OBLIGATION_MET',
  'ISSUE_APOLOGY',
  'RESOLVE',
  'REFUSE_AFTER_APPRAISAL',
  'RETURN_RESULT',
  'WITHDRAW',
  'STOP',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export const DOSSIER_ACTION_LABELS = {
  RECEIVE: 'Tiếp nhận hồ sơ',
  REQUEST_SUPPLEMENT_AT_RECEPTION: 'Yêu cầu bổ sung, hoàn thiện hồ sơ khi tiếp nhận',
  REFUSE_AT_RECEPTION: 'Từ chối tiếp nhận hồ sơ',
  RESUBMIT: 'Nộp lại hồ sơ đã bổ sung',
  TRANSFER: 'Chuyển hồ sơ đến cơ quan giải quyết',
  ASSIGN: 'Phân công xử lý',
  REASSIGN: 'Phân công lại người xử lý',
  CONSULT: 'Xin ý kiến',
  ANSWER_CONSULTATION: 'Trả lời xin ý kiến',
  SEND_FOR_APPROVAL: 'Trình phê duyệt',
  APPROVE: 'Phê duyệt',
  RETURN_TO_PREVIOUS_STEP: 'Trả lại bước trước',
  FORWARD_TO_NEXT_AGENCY: 'Chuyển cơ quan tiếp theo (liên thông)',
  COMPLETE_STEP: 'Hoàn thành phần việc liên thông',
  REQUEST_SUPPLEMENT: 'Yêu cầu bổ sung hồ sơ',
  RECEIVE_SUPPLEMENT: 'Nhận hồ sơ bổ sung',
  AWAIT_FINANCIAL_OBLIGATION: 'Chờ thực hiện nghĩa vụ tài chính',
  FINANCIAL_OBLIGATION_MET: 'Đã thực hiện nghĩa vụ tài chính',
  ISSUE_APOLOGY: 'Gửi phiếu xin lỗi và hẹn lại ngày trả kết quả',
  RESOLVE: 'Ban hành kết quả giải quyết',
  REFUSE_AFTER_APPRAISAL: 'Từ chối giải quyết sau thẩm định',
  RETURN_RESULT: 'Trả kết quả',
  WITHDRAW: 'Rút hồ sơ theo yêu cầu',
  STOP: 'Dừng xử lý hồ sơ',
} as const satisfies Record<DossierAction, string>;

export function isDossierAction(value: unknown): value is DossierAction {
  return typeof value === 'string' && (DOSSIER_ACTIONS as readonly string[]).includes(value);
}

export function describeAction(action: DossierAction): string {
  return DOSSIER_ACTION_LABELS[action];
}

// What an action does to the dossier clock (dossier-clock.ts applies it):
// START: the legal time limit starts from the receipt (Mẫu 01). STOP_FOR_SUPPLEMENT: the clock
// stops; the complete re-submission restarts the full limit (RESTART_FULL, Decree 61/2018 art.
// 19.4). PAUSE / RESUME_REMAINING: a financial obligation pauses it and it resumes with the time
// left. REAPPOINT: an apology moves the appointment, never dueAt (art. 19.9). CLASSIFY: the
// resolution is classified early/on time/late against dueAt, once. RECORD_RETURN: returnedAt.
// END: withdrawal or stop closes a running clock (a dossier not yet received has none).
export const CLOCK_EFFECTS = [
  'START',
  'NONE',
  'STOP_FOR_SUPPLEMENT',
  'RESTART_FULL',
  'PAUSE',
  'RESUME_REMAINING',
  'REAPPOINT',
  'CLASSIFY',
  'RECORD_RETURN',
  'END',
] as const;
export type ClockEffect = (typeof CLOCK_EFFECTS)[number];

// Actions whose history row must say why: the refusal's reasons (Mẫu 03), what is missing
// (Mẫu 02), the reason for the delay (Mẫu 04), the reasons for a withdrawal or a stop, and why a
// dossier goes back a step.
export const ACTIONS_REQUIRING_REASON = [
  'REQUEST_SUPPLEMENT_AT_RECEPTION',
  'REFUSE_AT_RECEPTION',
  'RETURN_TO_PREVIOUS_STEP',
  'REQUEST_SUPPLEMENT',
  'ISSUE_APOLOGY',
  'REFUSE_AFTER_APPRAISAL',
  'WITHDRAW',
  'STOP',
] as const satisfies readonly DossierAction[];

export function isReasonRequired(action: DossierAction): boolean {
  return (ACTIONS_REQUIRING_REASON as readonly DossierAction[]).includes(action);
}
