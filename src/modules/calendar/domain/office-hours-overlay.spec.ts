import { type OfficeHoursRule } from './engine';
import { overlayOfficeHours } from './office-hours-overlay';

const MORNING_AFTERNOON = [
  { start: '07:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
];
const DESK_HOURS = [{ start: '07:00', end: '17:00' }];

const PROVINCE: OfficeHoursRule[] = [
  { validFrom: '2015-01-01', validTo: '2021-10-31', periods: [{ start: '07:00', end: '11:30' }] },
  { validFrom: '2021-11-01', periods: MORNING_AFTERNOON },
];

describe('an agency overriding the province office hours', () => {
  it('keeps the province rules when the agency has none', () => {
    expect(overlayOfficeHours(PROVINCE, [])).toEqual(PROVINCE);
  });

  it('cuts a dated agency rule out of the open-ended province rule', () => {
    const agency = [{ validFrom: '2025-01-01', validTo: '2025-12-31', periods: DESK_HOURS }];
    expect(overlayOfficeHours(PROVINCE, agency)).toEqual([
      agency[0],
      PROVINCE[0],
      { validFrom: '2021-11-01', validTo: '2024-12-31', periods: MORNING_AFTERNOON },
      { validFrom: '2026-01-01', periods: MORNING_AFTERNOON },
    ]);
  });

  it('replaces the province entirely from an open-ended agency rule across a province change', () => {
    const agency = [{ validFrom: '2020-06-01', periods: DESK_HOURS }];
    expect(overlayOfficeHours(PROVINCE, agency)).toEqual([
      agency[0],
      { validFrom: '2015-01-01', validTo: '2020-05-31', periods: PROVINCE[0].periods },
    ]);
  });

  it('handles several agency rules and leaves the gaps between them to the province', () => {
    const agency = [
      { validFrom: '2023-01-01', validTo: '2023-01-31', periods: DESK_HOURS },
      { validFrom: '2022-01-01', validTo: '2022-01-31', periods: DESK_HOURS },
    ];
    expect(overlayOfficeHours(PROVINCE, agency).slice(2)).toEqual([
      PROVINCE[0],
      { validFrom: '2021-11-01', validTo: '2021-12-31', periods: MORNING_AFTERNOON },
      { validFrom: '2022-02-01', validTo: '2022-12-31', periods: MORNING_AFTERNOON },
      { validFrom: '2023-02-01', periods: MORNING_AFTERNOON },
    ]);
  });
});
