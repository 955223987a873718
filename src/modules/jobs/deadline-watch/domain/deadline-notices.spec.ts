import { buildWorkingCalendar } from '../../../calendar/domain/engine';
import { atVietnamTime, buildPhuYenDefinition } from '../../../calendar/domain/engine/test-fixtures';
import {
  consultationNoticeKey,
  type NoticeRecipient,
  noticeSubjectOf,
  planNoticeDeliveries,
  templateOfConsultationThreshold,
  templateOfThreshold,
} from './deadline-notices';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());
const at = atVietnamTime;

const recipient = (overrides: Partial<NoticeRecipient> = {}): NoticeRecipient => ({
  noticeId: '41',
  dossierId: '5d1c4a55-3c1e-4d7e-9f51-1f1f2b3c4d5e',
  stepKey: '',
  threshold: 'OVERDUE',
  dueAtMs: at('2025-06-16 09:00'),
  runStartedAtMs: at('2025-06-09 09:00'),
  dossierCode: '000.22.55.H55-250609-0001',
  procedureName: 'Đăng ký khai sinh',
  agencyName: 'UBND Phường 1',
  stepTask: null,
  askingAgencyName: null,
  userId: '0c6f2d7e-8a4b-4c3d-9e2f-1a2b3c4d5e6f',
  ...overrides,
});

describe('staff notices of the deadline watch', () => {
  it('names a template per threshold, escalations of every level alike', () => {
    expect(
      ['DUE_SOON', 'OVERDUE', 'APOLOGY_MISSING', 'ESCALATION_1', 'ESCALATION_2'].map(templateOfThreshold),
    ).toEqual([
      'staff.due-soon',
      'staff.overdue',
      'staff.apology-missing',
      'staff.escalation',
      'staff.escalation',
    ]);
  });

  it('goes in-app once per notice and person, with the dossier, its due time and the holding agency', () => {
    expect(planNoticeDeliveries(phuYen, [recipient()])).toEqual([
      {
        dedupeKey: 'notice:41:IN_APP:0c6f2d7e-8a4b-4c3d-9e2f-1a2b3c4d5e6f',
        channel: 'IN_APP',
        template: 'staff.overdue',
        dossierId: '5d1c4a55-3c1e-4d7e-9f51-1f1f2b3c4d5e',
        recipientKind: 'staff',
        recipientId: '0c6f2d7e-8a4b-4c3d-9e2f-1a2b3c4d5e6f',
        params: {
          dossierCode: '000.22.55.H55-250609-0001',
          procedureName: 'Đăng ký khai sinh',
          dueAt: '2025-06-16T02:00:00.000Z',
          agencyName: 'UBND Phường 1',
          threshold: 'OVERDUE',
        },
      },
    ]);
  });

  it('tells no one of a missing apology that could never have been sent (same-day procedure)', () => {
    const sameDay = recipient({
      threshold: 'APOLOGY_MISSING',
      runStartedAtMs: at('2025-06-09 09:00'),
      dueAtMs: at('2025-06-09 17:00'),
    });
    const fiveDays = recipient({ threshold: 'APOLOGY_MISSING', noticeId: '42' });
    expect(planNoticeDeliveries(phuYen, [sameDay, fiveDays]).map((planned) => planned.dedupeKey)).toEqual([
      'notice:42:IN_APP:0c6f2d7e-8a4b-4c3d-9e2f-1a2b3c4d5e6f',
    ]);
  });

  it('names the task of a route step', () => {
    const [planned] = planNoticeDeliveries(phuYen, [
      recipient({ stepKey: '9b0a4c1e-2d3f-4a5b-8c6d-7e8f9a0b1c2d', stepTask: 'Xác minh nghĩa vụ thuế' }),
    ]);
    expect(planned.params).toMatchObject({ stepTask: 'Xác minh nghĩa vụ thuế' });
  });

  it("keys a consultation's notice 'c:' and its id, apart from the dossier's own and a route step's", () => {
    const consultationId = '7f3e2a10-5b6c-4d8e-9f01-23456789abcd';
    const key = consultationNoticeKey(consultationId);
    expect(key).toBe(`c:${consultationId}`);
    // deadline_notices.step_key is varchar(40).
    expect(key.length).toBeLessThanOrEqual(40);
    expect([key, '', '9b0a4c1e-2d3f-4a5b-8c6d-7e8f9a0b1c2d'].map(noticeSubjectOf)).toEqual([
      'CONSULTATION',
      'DOSSIER',
      'STEP',
    ]);
  });

  it('a consultation is due soon or overdue, never escalated nor missing an apology', () => {
    expect(['DUE_SOON', 'OVERDUE'].map(templateOfConsultationThreshold)).toEqual([
      'staff.consultation-due-soon',
      'staff.consultation-overdue',
    ]);
    expect(() => templateOfConsultationThreshold('ESCALATION_1')).toThrow(RangeError);
    expect(() => templateOfConsultationThreshold('APOLOGY_MISSING')).toThrow(RangeError);
  });

  it('tells of a consultation with its own due time and the agency that asked', () => {
    const [planned] = planNoticeDeliveries(phuYen, [
      recipient({
        stepKey: consultationNoticeKey('7f3e2a10-5b6c-4d8e-9f01-23456789abcd'),
        threshold: 'DUE_SOON',
        agencyName: 'UBND Phường 2',
        askingAgencyName: 'UBND Phường 1',
      }),
    ]);
    expect(planned).toMatchObject({
      template: 'staff.consultation-due-soon',
      params: {
        dossierCode: '000.22.55.H55-250609-0001',
        procedureName: 'Đăng ký khai sinh',
        dueAt: '2025-06-16T02:00:00.000Z',
        agencyName: 'UBND Phường 2',
        askingAgencyName: 'UBND Phường 1',
        threshold: 'DUE_SOON',
      },
    });
  });

  it('names no asking agency on a dossier or step notice', () => {
    const [planned] = planNoticeDeliveries(phuYen, [recipient()]);
    expect(planned.params).not.toHaveProperty('askingAgencyName');
  });
});
