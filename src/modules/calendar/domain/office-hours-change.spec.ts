import { checkOfficePeriods, type DatedOfficeHours, planOfficeHoursChange } from './office-hours-change';

const OLD_HOURS = [
  { start: '07:00', end: '11:30' },
  { start: '13:30', end: '17:00' },
];
const NEW_HOURS = [
  { start: '07:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
];

const BEFORE_2021: DatedOfficeHours = { id: 'old', validFrom: '2015-01-01', periods: OLD_HOURS };

describe('planning an office-hours change', () => {
  it('supersedes the open-ended rule from the day a new rule starts (Phú Yên, 1/11/2021)', () => {
    const plan = planOfficeHoursChange([BEFORE_2021], {
      kind: 'create',
      rule: { id: 'new', validFrom: '2021-11-01', periods: NEW_HOURS },
    });
    expect(plan).toEqual({
      ok: true,
      rules: [
        { ...BEFORE_2021, validTo: '2021-10-31' },
        { id: 'new', validFrom: '2021-11-01', periods: NEW_HOURS },
      ],
      closed: { id: 'old', validTo: '2021-10-31' },
    });
  });

  it('refuses a rule overlapping a closed rule', () => {
    const closed = { ...BEFORE_2021, validTo: '2021-10-31' };
    const plan = planOfficeHoursChange([closed], {
      kind: 'create',
      rule: { id: 'new', validFrom: '2021-10-01', validTo: '2021-12-31', periods: NEW_HOURS },
    });
    expect(plan).toEqual({ ok: false, conflict: expect.stringContaining('2015-01-01–2021-10-31') });
  });

  it('refuses a rule starting before the open-ended rule it would overlap', () => {
    const later = { id: 'later', validFrom: '2022-01-01', periods: NEW_HOURS };
    const plan = planOfficeHoursChange([later], {
      kind: 'create',
      rule: { id: 'new', validFrom: '2021-01-01', validTo: '2022-06-30', periods: NEW_HOURS },
    });
    expect(plan.ok).toBe(false);
  });

  it('updates a rule in place without counting it as its own overlap', () => {
    const plan = planOfficeHoursChange([BEFORE_2021], {
      kind: 'update',
      rule: { ...BEFORE_2021, periods: NEW_HOURS },
    });
    expect(plan).toEqual({ ok: true, rules: [{ ...BEFORE_2021, periods: NEW_HOURS }] });
  });

  it('reopens the previous rule when the open-ended rule after it is deleted', () => {
    const rules = [
      { ...BEFORE_2021, validTo: '2021-10-31' },
      { id: 'new', validFrom: '2021-11-01', periods: NEW_HOURS },
    ];
    expect(planOfficeHoursChange(rules, { kind: 'delete', id: 'new' })).toEqual({
      ok: true,
      rules: [BEFORE_2021],
      reopened: { id: 'old' },
    });
  });

  it('just removes a dated rule', () => {
    const dated = { id: 'summer', validFrom: '2024-06-01', validTo: '2024-08-31', periods: NEW_HOURS };
    expect(planOfficeHoursChange([dated], { kind: 'delete', id: 'summer' })).toEqual({ ok: true, rules: [] });
  });
});

describe('office periods of a day', () => {
  it.each([
    [OLD_HOURS, null],
    [[{ start: '00:00', end: '24:00' }], null],
    [[], 'ít nhất một'],
    [[{ start: '7:30', end: '12:00' }], 'HH:mm'],
    [[{ start: '07:30', end: '24:30' }], 'HH:mm'],
    [[{ start: '12:00', end: '07:30' }], 'trước giờ kết thúc'],
    [
      [
        { start: '13:30', end: '17:00' },
        { start: '07:30', end: '12:00' },
      ],
      'theo thứ tự',
    ],
    [
      [
        { start: '07:30', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ],
      'chồng lên nhau',
    ],
  ])('%j → %s', (periods, problem) => {
    const result = checkOfficePeriods(periods);
    if (problem === null) {
      expect(result).toBeNull();
    } else {
      expect(result).toContain(problem);
    }
  });
});
