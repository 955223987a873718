import { previewRecompute, replayDeadline, type TrackedDeadline } from './recompute';
import { atVietnamTime, buildPhuYenDefinition, formatVietnamTime } from './test-fixtures';
import { buildWorkingCalendar } from './working-calendar';

// A hypothetical official Tết 2027 schedule: Thursday 4/2 to Wednesday 10/2, two weekdays more than
// the calendar proposed (Friday 5/2, Monday 8/2, Tuesday 9/2).
const proposedDefinition = buildPhuYenDefinition('2027-12-31');
const officialDefinition = {
  ...proposedDefinition,
  overrides: [
    ...proposedDefinition.overrides
      .filter((override) => !override.date.startsWith('2027-02'))
      .map((override) => ({ ...override, provisional: false })),
    ...['04', '05', '08', '09', '10'].map((day) => ({
      date: `2027-02-${day}`,
      kind: 'HOLIDAY' as const,
      name: 'Tết Nguyên Đán',
      source: 'hypothetical official schedule',
    })),
  ],
};
const proposed = buildWorkingCalendar(proposedDefinition);
const official = buildWorkingCalendar(officialDefinition);

const beforeTet: TrackedDeadline = {
  id: 'before-tet',
  startMs: atVietnamTime('2027-01-11 09:00'),
  amount: 3,
  unit: 'WORKING_DAYS',
};
const acrossTet: TrackedDeadline = {
  id: 'across-tet',
  startMs: atVietnamTime('2027-02-01 09:00'),
  amount: 5,
  unit: 'WORKING_DAYS',
};
const pausedAfterTet: TrackedDeadline = {
  ...acrossTet,
  id: 'paused',
  pauses: [{ fromMs: atVietnamTime('2027-02-11 10:00') }],
};

describe('recomputing open deadlines when the official Tết 2027 schedule is entered', () => {
  it('previews only the deadlines that move, by how much working time, and that they are no longer provisional', () => {
    const changes = previewRecompute(proposed, official, [beforeTet, acrossTet, pausedAfterTet]);
    expect(changes.map((change) => change.id)).toEqual(['across-tet', 'paused']);
    expect(changes[0]).toEqual({
      id: 'across-tet',
      oldDueAtMs: atVietnamTime('2027-02-11 09:00'),
      newDueAtMs: atVietnamTime('2027-02-15 09:00'),
      shiftWorkingMinutes: 960,
      provisionalBefore: true,
      provisionalAfter: false,
    });
  });

  it('a dossier still paused reports the change of its remaining working time instead of a due instant', () => {
    const [, paused] = previewRecompute(proposed, official, [acrossTet, pausedAfterTet]);
    expect(paused).toMatchObject({ oldDueAtMs: null, newDueAtMs: null, shiftWorkingMinutes: 330 + 480 + 90 });
  });

  it('replays a closed pause: two working days paused across Tết move the due instant two working days', () => {
    const tracked: TrackedDeadline = {
      ...acrossTet,
      pauses: [{ fromMs: atVietnamTime('2027-02-02 09:00'), toMs: atVietnamTime('2027-02-11 09:00') }],
    };
    expect(formatVietnamTime(replayDeadline(official, tracked).dueAtMs!)).toBe('2027-02-17 09:00');
  });
});
