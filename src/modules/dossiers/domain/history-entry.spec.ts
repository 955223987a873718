import { atVietnamTime } from '../../calendar/domain/engine/test-fixtures';
import { buildHistoryEntry, buildSubmissionEntry, findActingRole, MAX_NOTE_LENGTH } from './history-entry';

const at = atVietnamTime;
const clerk = { userId: 'u-clerk', name: 'Nguyễn Thị Lan', agencyId: 'desk-tuy-hoa', stepSequence: null };
const specialist = { userId: 'u-spec', name: 'Trần Văn Hùng', agencyId: 'commune-phu-lam', stepSequence: 1 };

describe('rows of the process control sheet (Mẫu 05)', () => {
  it('the desk hands a dossier to the commune: giver, receiver, time, and the desk step on time', () => {
    const row = buildHistoryEntry({
      status: 'RECEIVED',
      action: 'TRANSFER',
      actor: ['CLERK'],
      by: clerk,
      to: { userId: null, name: 'UBND phường Phú Lâm', agencyId: 'commune-phu-lam', stepSequence: 1 },
      atMs: at('2025-06-09 16:00'),
      closedStep: { dueAtMs: at('2025-06-09 17:00') },
    });
    expect(row).toEqual({
      action: 'TRANSFER',
      fromStatus: 'RECEIVED',
      toStatus: 'IN_PROGRESS',
      atMs: at('2025-06-09 16:00'),
      by: { ...clerk, role: 'CLERK' },
      to: { userId: null, name: 'UBND phường Phú Lâm', agencyId: 'commune-phu-lam', stepSequence: 1 },
      note: null,
      stepDueAtMs: at('2025-06-09 17:00'),
      stepResult: 'ON_TIME',
    });
  });

  it('the commune forwards to the district two days after its step was due: the row says late', () => {
    const row = buildHistoryEntry({
      status: 'APPROVED',
      action: 'FORWARD_TO_NEXT_AGENCY',
      actor: ['SPECIALIST'],
      by: specialist,
      to: { userId: null, name: 'UBND thành phố Tuy Hòa', agencyId: 'district-tuy-hoa', stepSequence: 2 },
      atMs: at('2025-06-16 09:00'),
      closedStep: { dueAtMs: at('2025-06-12 09:00') },
    });
    expect(row).toMatchObject({
      toStatus: 'IN_PROGRESS',
      stepResult: 'LATE',
      stepDueAtMs: at('2025-06-12 09:00'),
    });
  });

  it('a consultation answer keeps the status the dossier had', () => {
    const row = buildHistoryEntry({
      status: 'SUPPLEMENT_REQUESTED',
      action: 'ANSWER_CONSULTATION',
      actor: ['SPECIALIST'],
      by: specialist,
      atMs: at('2025-06-10 10:00'),
      note: 'Đồng ý với đề xuất',
    });
    expect(row).toMatchObject({
      fromStatus: 'SUPPLEMENT_REQUESTED',
      toStatus: 'SUPPLEMENT_REQUESTED',
      to: null,
    });
  });

  it('a refusal at reception must give its reasons (Mẫu 03); the note is trimmed', () => {
    const input = {
      status: 'SUBMITTED',
      action: 'REFUSE_AT_RECEPTION',
      actor: ['CLERK'],
      by: clerk,
      atMs: at('2025-06-09 09:00'),
    } as const;
    expect(() => buildHistoryEntry({ ...input, note: '   ' })).toThrow(
      expect.objectContaining({
        kind: 'invalid',
        code: 'dossier-history-invalid',
        errors: [expect.objectContaining({ field: 'note' })],
      }),
    );
    expect(buildHistoryEntry({ ...input, note: '  Không thuộc thẩm quyền  ' }).note).toBe(
      'Không thuộc thẩm quyền',
    );
  });

  it('a note is at most 2,000 characters', () => {
    const input = {
      status: 'IN_PROGRESS',
      action: 'CONSULT',
      actor: ['SPECIALIST'],
      by: specialist,
      atMs: at('2025-06-10 10:00'),
    } as const;
    expect(buildHistoryEntry({ ...input, note: 'a'.repeat(MAX_NOTE_LENGTH) }).note).toHaveLength(
      MAX_NOTE_LENGTH,
    );
    expect(() => buildHistoryEntry({ ...input, note: 'a'.repeat(MAX_NOTE_LENGTH + 1) })).toThrow(
      expect.objectContaining({ code: 'dossier-history-invalid' }),
    );
  });

  it('no row can record a transition the workflow refuses', () => {
    const base = { by: clerk, atMs: at('2025-06-10 10:00') };
    expect(() =>
      buildHistoryEntry({ ...base, status: 'RESOLVED', action: 'TRANSFER', actor: ['CLERK'] }),
    ).toThrow(expect.objectContaining({ kind: 'conflict', code: 'dossier-action-not-allowed' }));
    expect(() =>
      buildHistoryEntry({ ...base, status: 'AWAITING_APPROVAL', action: 'APPROVE', actor: ['CLERK'] }),
    ).toThrow(expect.objectContaining({ kind: 'forbidden', code: 'dossier-action-forbidden' }));
  });

  it('refuses an instant that is not a number', () => {
    expect(() =>
      buildHistoryEntry({
        status: 'RECEIVED',
        action: 'TRANSFER',
        actor: ['CLERK'],
        by: clerk,
        atMs: Number.NaN,
      }),
    ).toThrow(expect.objectContaining({ code: 'dossier-history-invalid' }));
  });
});

describe('the role a row names', () => {
  it('a unit head who is also a specialist sends for approval as unit head', () => {
    expect(findActingRole(['SPECIALIST', 'UNIT_HEAD'], 'SEND_FOR_APPROVAL')).toBe('UNIT_HEAD');
  });

  it('a clerk who is also a specialist receives as clerk', () => {
    expect(findActingRole(['SPECIALIST', 'CLERK'], 'RECEIVE')).toBe('CLERK');
  });

  it('a citizen acts as the citizen', () => {
    expect(findActingRole('citizen', 'WITHDRAW')).toBe('CITIZEN');
  });

  it('a role set that may not take the action names none', () => {
    expect(() => findActingRole(['ADMIN'], 'RECEIVE')).toThrow(
      expect.objectContaining({ code: 'dossier-action-forbidden' }),
    );
  });
});

describe('the first row: the submission', () => {
  it('an online submission by the citizen creates the dossier as newly registered', () => {
    const row = buildSubmissionEntry({
      actor: 'citizen',
      by: { userId: 'c-1', name: 'Lê Văn An', agencyId: null, stepSequence: null },
      atMs: at('2025-06-14 10:00'),
    });
    expect(row).toMatchObject({
      action: 'SUBMIT',
      fromStatus: null,
      toStatus: 'SUBMITTED',
      by: { role: 'CITIZEN' },
    });
  });

  it('a clerk registers a desk dossier', () => {
    expect(buildSubmissionEntry({ actor: ['CLERK'], by: clerk, atMs: at('2025-06-09 09:00') }).by.role).toBe(
      'CLERK',
    );
  });

  it('a specialist cannot register a dossier', () => {
    expect(() =>
      buildSubmissionEntry({ actor: ['SPECIALIST'], by: specialist, atMs: at('2025-06-09 09:00') }),
    ).toThrow(expect.objectContaining({ kind: 'forbidden' }));
  });
});
