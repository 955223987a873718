import { buildWorkingCalendar } from '../../calendar/domain/engine';
import {
  atVietnamTime,
  buildPhuYenDefinition,
  formatVietnamTime,
} from '../../calendar/domain/engine/test-fixtures';
import {
  checkConsultationAnswer,
  checkConsultationRequest,
  computeConsultationDue,
  findConsultationState,
} from './consultation';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());
const at = atVietnamTime;
const show = formatVietnamTime;

describe('a consultation has its own deadline in working days (Decree 61/2018 art. 19)', () => {
  it('2 working days asked Friday 29/8/2025 10:00, before the National Day break, are due Thursday 4/9 10:00', () => {
    expect(show(computeConsultationDue(phuYen, at('2025-08-29 10:00'), 2))).toBe('2025-09-04 10:00');
  });

  it('1 working day asked Friday 13/6/2025 at 17:30 counts from Monday and is due Monday 17:00', () => {
    expect(show(computeConsultationDue(phuYen, at('2025-06-13 17:30'), 1))).toBe('2025-06-16 17:00');
  });
});

describe('the state of a consultation', () => {
  const dueAtMs = at('2025-06-12 09:00');

  it('is within time, then due soon within one working day, then overdue', () => {
    expect(
      findConsultationState(
        phuYen,
        { dueAtMs, answeredAtMs: null, dossierHandled: true },
        at('2025-06-10 08:00'),
      ),
    ).toBe('WITHIN_TIME');
    expect(
      findConsultationState(
        phuYen,
        { dueAtMs, answeredAtMs: null, dossierHandled: true },
        at('2025-06-11 10:00'),
      ),
    ).toBe('DUE_SOON');
    expect(
      findConsultationState(
        phuYen,
        { dueAtMs, answeredAtMs: null, dossierHandled: true },
        at('2025-06-12 09:01'),
      ),
    ).toBe('OVERDUE');
  });

  it('unanswered when its dossier has left handling: closed, not overdue', () => {
    expect(
      findConsultationState(
        phuYen,
        { dueAtMs, answeredAtMs: null, dossierHandled: false },
        at('2025-07-01 09:00'),
      ),
    ).toBe('CLOSED_UNANSWERED');
  });

  it('answered keeps its verdict: on time up to the due instant, late after it', () => {
    const later = at('2025-07-01 09:00');
    expect(
      findConsultationState(phuYen, { dueAtMs, answeredAtMs: dueAtMs, dossierHandled: false }, later),
    ).toBe('ANSWERED_ON_TIME');
    expect(
      findConsultationState(phuYen, { dueAtMs, answeredAtMs: dueAtMs + 60_000, dossierHandled: true }, later),
    ).toBe('ANSWERED_LATE');
  });
});

describe('checking a request and an answer', () => {
  it('names each missing or out-of-range field; the limit defaults to 5 working days', () => {
    expect(
      checkConsultationRequest({ consultedAgencyId: 'a', question: 'Có ý kiến về ranh giới thửa đất' }),
    ).toEqual([]);
    expect(
      checkConsultationRequest({ question: '   ', workingDays: 16 }).map((problem) => problem.field),
    ).toEqual(['consultedAgencyId', 'question', 'workingDays']);
    expect(checkConsultationRequest({ consultedAgencyId: 'a', question: 'x', workingDays: 0 })).toHaveLength(
      1,
    );
  });

  it('refuses an empty answer', () => {
    expect(checkConsultationAnswer(' \n')).toEqual([{ field: 'answer', message: 'Nhập nội dung trả lời' }]);
    expect(checkConsultationAnswer('Đồng ý')).toEqual([]);
  });
});
