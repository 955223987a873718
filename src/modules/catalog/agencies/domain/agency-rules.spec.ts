import {
  findClosingProblems,
  findCodeProblems,
  findPlacementProblems,
  type NewAgencyFacts,
} from './agency-rules';
import { isActiveOn, isIsoDate, nextDay } from './validity';

const PROVINCE = { code: 'PROVINCE', rank: 1, validFrom: '1976-01-01', validTo: null };
const DISTRICT = { code: 'DISTRICT', rank: 2, validFrom: '1976-01-01', validTo: '2025-06-30' };
const COMMUNE = { code: 'COMMUNE', rank: 3, validFrom: '1976-01-01', validTo: null };
const DISTRICT_COMMITTEE = {
  kind: 'PEOPLES_COMMITTEE' as const,
  levelRank: 2,
  validFrom: '2020-01-01',
  validTo: null,
  qcvnCode: '000.00.31.H55',
};

const commune = (overrides: Partial<NewAgencyFacts> = {}): NewAgencyFacts => ({
  kind: 'PEOPLES_COMMITTEE',
  level: COMMUNE,
  parent: DISTRICT_COMMITTEE,
  validFrom: '2024-01-01',
  qcvnCode: '000.17.31.H55',
  decision20Code: null,
  ...overrides,
});
const fields = (problems: ReadonlyArray<{ field: string }>) => problems.map((problem) => problem.field);

describe('placing a new agency in the tree', () => {
  it('accepts a commune People’s Committee under its district, with a code directly below the district’s', () => {
    expect(findPlacementProblems(commune())).toEqual([]);
  });

  it('refuses the district level for an agency starting after 30/6/2025 (two-level model)', () => {
    const problems = findPlacementProblems(
      commune({
        level: DISTRICT,
        parent: { ...DISTRICT_COMMITTEE, levelRank: 1 },
        validFrom: '2025-07-01',
        qcvnCode: null,
      }),
    );
    expect(fields(problems)).toEqual(['levelCode']);
  });

  it('refuses a parent that is closed or closing, and a start before the parent’s', () => {
    expect(
      fields(findPlacementProblems(commune({ parent: { ...DISTRICT_COMMITTEE, validTo: '2025-06-30' } }))),
    ).toEqual(['parentId']);
    expect(fields(findPlacementProblems(commune({ validFrom: '2019-12-31' })))).toEqual(['validFrom']);
  });

  it.each([
    ['a People’s Committee under one of the same level', { kind: 'PEOPLES_COMMITTEE', level: DISTRICT }],
    ['a department under a district', { kind: 'DEPARTMENT', level: DISTRICT }],
    [
      'a desk under a desk',
      { kind: 'ONE_STOP_DESK', parent: { ...DISTRICT_COMMITTEE, kind: 'ONE_STOP_DESK' } },
    ],
    [
      'a unit under a desk',
      { kind: 'UNIT', level: DISTRICT, parent: { ...DISTRICT_COMMITTEE, kind: 'ONE_STOP_DESK' } },
    ],
    ['a Service Centre one level below its committee', { kind: 'SERVICE_CENTRE' }],
  ] as Array<[string, Partial<NewAgencyFacts>]>)('refuses %s', (_name, overrides) => {
    expect(fields(findPlacementProblems(commune({ qcvnCode: null, ...overrides })))).toEqual(['kind']);
  });

  it('refuses an agency above its parent’s level', () => {
    expect(fields(findPlacementProblems(commune({ level: PROVINCE, qcvnCode: null })))).toEqual([
      'levelCode',
    ]);
  });

  it('accepts a desk and a department at their committee’s level', () => {
    const province = { ...DISTRICT_COMMITTEE, levelRank: 1, qcvnCode: '000.00.00.H55' };
    expect(
      findPlacementProblems(
        commune({ kind: 'DEPARTMENT', level: PROVINCE, parent: province, qcvnCode: '000.00.22.H55' }),
      ),
    ).toEqual([]);
    expect(
      findPlacementProblems(
        commune({
          kind: 'ONE_STOP_DESK',
          level: DISTRICT,
          validFrom: '2024-01-01',
          qcvnCode: '000.90.31.H55',
        }),
      ),
    ).toEqual([]);
  });
});

describe('agency identifiers of a new or corrected agency', () => {
  it('needs the code directly below the parent’s code, and the Decision 20 form to be the same identifier', () => {
    expect(findCodeProblems('000.05.31.H55', 'H55.31.05', '000.00.31.H55')).toEqual([]);
    expect(fields(findCodeProblems('000.05.32.H55', null, '000.00.31.H55'))).toEqual(['qcvnCode']);
    expect(fields(findCodeProblems('000.05.31.H55', 'H55.31.06', '000.00.31.H55'))).toEqual([
      'decision20Code',
    ]);
    expect(fields(findCodeProblems(null, 'H55.31.05', '000.00.31.H55'))).toEqual(['decision20Code']);
    expect(fields(findCodeProblems('000.05.00.H55', null, null))).toEqual(['qcvnCode']);
  });

  it('accepts any well-formed code under a parent without one', () => {
    expect(findCodeProblems('000.05.31.H55', null, null)).toEqual([]);
    expect(findCodeProblems(null, null, null)).toEqual([]);
  });
});

describe('closing an agency with successors', () => {
  const agency = { id: 'old', validFrom: '2020-01-01', validTo: null };
  const newCommune = { validFrom: '2025-07-01', validTo: null };

  it('accepts successors in force the day after the last day, PART with several', () => {
    expect(
      findClosingProblems(agency, '2025-06-30', [
        { agencyId: 'a', share: 'PART', found: newCommune },
        { agencyId: 'b', share: 'PART', found: newCommune },
      ]),
    ).toEqual([]);
    expect(findClosingProblems(agency, '2025-06-30', [])).toEqual([]);
  });

  it('refuses a successor that starts later, ended before, is unknown, repeated, or the agency itself', () => {
    const problems = findClosingProblems(agency, '2025-06-29', [
      { agencyId: 'a', share: 'PART', found: newCommune },
      { agencyId: 'b', share: 'PART', found: { validFrom: '2020-01-01', validTo: '2025-06-29' } },
      { agencyId: 'c', share: 'PART', found: null },
      { agencyId: 'c', share: 'PART', found: null },
      { agencyId: 'old', share: 'PART', found: agency },
    ]);
    expect(fields(problems)).toEqual([
      'successors.0.agencyId',
      'successors.1.agencyId',
      'successors.2.agencyId',
      'successors.3.agencyId',
      'successors.4.agencyId',
    ]);
  });

  it('refuses a WHOLE successor alongside others, and a last day before the first', () => {
    expect(
      fields(
        findClosingProblems(agency, '2025-06-30', [
          { agencyId: 'a', share: 'WHOLE', found: newCommune },
          { agencyId: 'b', share: 'PART', found: newCommune },
        ]),
      ),
    ).toEqual(['successors']);
    expect(fields(findClosingProblems(agency, '2019-12-31', []))).toEqual(['validTo']);
  });
});

describe('dated validity', () => {
  it('is in force from validFrom to validTo inclusive', () => {
    const period = { validFrom: '2020-01-01', validTo: '2025-06-30' };
    expect([
      isActiveOn(period, '2019-12-31'),
      isActiveOn(period, '2020-01-01'),
      isActiveOn(period, '2025-06-30'),
    ]).toEqual([false, true, true]);
    expect(isActiveOn(period, '2025-07-01')).toBe(false);
    expect(isActiveOn({ validFrom: '2025-07-01', validTo: null }, '2099-01-01')).toBe(true);
  });

  it('steps over month, year and leap-day ends', () => {
    expect(nextDay('2025-06-30')).toBe('2025-07-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(() => nextDay('2025-13-01')).toThrow(RangeError);
  });
});
