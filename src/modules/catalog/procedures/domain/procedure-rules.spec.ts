import { type ProcedureContent, type RouteStep } from './procedure-content';
import { checkRouteFits, findContentProblems } from './procedure-rules';

const step = (
  sequence: number,
  amount: number,
  unit: RouteStep['allotted']['unit'],
  isLead = false,
): RouteStep => ({
  sequence,
  level: 'DISTRICT',
  agencyKind: 'PEOPLES_COMMITTEE',
  agencyId: null,
  agencyLabel: null,
  task: 'Xử lý',
  allotted: { amount, unit },
  isLead,
});

const valid: ProcedureContent = {
  name: 'Đăng ký khai sinh',
  sectorId: 'sector',
  implementations: [
    {
      level: 'COMMUNE',
      agencyKind: 'PEOPLES_COMMITTEE',
      agencyId: null,
      timeLimit: { amount: 0, unit: 'WORKING_DAYS' },
      timeLimitNote: null,
      route: [],
    },
  ],
  serviceLevel: 3,
  onlineMode: 'PARTIAL',
  fullyOnlineEligible: false,
  channels: ['DIRECT', 'ONLINE'],
  documents: [
    { name: 'Tờ khai', form: 'ORIGINAL', quantity: 1, isRequired: true, condition: null, templateRef: null },
  ],
  fees: [{ kind: 'CHARGE', description: 'Lệ phí', amountVnd: 0, rule: null, collector: null }],
  resultType: 'Giấy khai sinh',
  resultElectronic: false,
  legalBasis: 'Luật Hộ tịch năm 2014',
  applicants: null,
  publicationDecision: null,
};

const fields = (content: ProcedureContent) => findContentProblems(content).map((problem) => problem.field);

describe('procedure content rules', () => {
  it('accepts a same-day procedure (0 working days)', () => {
    expect(findContentProblems(valid)).toEqual([]);
  });

  it('Decree 61/2018 art. 19.6: a route of 10 + 7 + 3 working days fits a 20-day limit, 21 does not', () => {
    const limit = { amount: 20, unit: 'WORKING_DAYS' } as const;
    expect(
      checkRouteFits(
        [step(1, 10, 'WORKING_DAYS'), step(2, 7, 'WORKING_DAYS'), step(3, 3, 'WORKING_DAYS')],
        limit,
      ),
    ).toBeNull();
    expect(
      checkRouteFits(
        [step(1, 10, 'WORKING_DAYS'), step(2, 8, 'WORKING_DAYS'), step(3, 3, 'WORKING_DAYS')],
        limit,
      ),
    ).toMatch(/vượt thời hạn/);
  });

  it('counts parallel steps (same sequence) once, by the longest, and hours as eighths of a day', () => {
    const limit = { amount: 5, unit: 'WORKING_DAYS' } as const;
    expect(
      checkRouteFits(
        [step(1, 3, 'WORKING_DAYS'), step(1, 24, 'WORKING_HOURS'), step(2, 16, 'WORKING_HOURS')],
        limit,
      ),
    ).toBeNull();
    expect(checkRouteFits([step(1, 3, 'WORKING_DAYS'), step(2, 17, 'WORKING_HOURS')], limit)).toMatch(/vượt/);
  });

  it('refuses to compare working time with calendar days', () => {
    expect(checkRouteFits([step(1, 3, 'CALENDAR_DAYS')], { amount: 5, unit: 'WORKING_DAYS' })).toMatch(
      /không so được/,
    );
  });

  it('needs exactly one lead agency on a route', () => {
    const withRoute = (route: RouteStep[]): ProcedureContent => ({
      ...valid,
      implementations: [
        { ...valid.implementations[0], timeLimit: { amount: 10, unit: 'WORKING_DAYS' }, route },
      ],
    });
    expect(fields(withRoute([step(1, 2, 'WORKING_DAYS'), step(2, 2, 'WORKING_DAYS')]))).toEqual([
      'implementations[0].route',
    ]);
    expect(fields(withRoute([step(1, 2, 'WORKING_DAYS', true), step(2, 2, 'WORKING_DAYS', true)]))).toEqual([
      'implementations[0].route',
    ]);
    expect(fields(withRoute([step(1, 2, 'WORKING_DAYS', true), step(2, 2, 'WORKING_DAYS')]))).toEqual([]);
  });

  it('Decree 43/2011: level 3 and 4 need online submission; levels 1–2 have no online mode', () => {
    expect(fields({ ...valid, channels: ['DIRECT'] })).toEqual(
      expect.arrayContaining(['channels', 'onlineMode']),
    );
    expect(fields({ ...valid, serviceLevel: 2 })).toEqual(['onlineMode']);
    expect(fields({ ...valid, serviceLevel: 4, onlineMode: 'FULL' })).toEqual(['fullyOnlineEligible']);
  });

  it('names each wrong field: agency reference, amounts, duplicates, fees, separators', () => {
    const content: ProcedureContent = {
      ...valid,
      implementations: [
        { ...valid.implementations[0], agencyKind: null, timeLimit: { amount: 1.5, unit: 'WORKING_DAYS' } },
        { ...valid.implementations[0], timeLimit: { amount: 400, unit: 'WORKING_DAYS' } },
      ],
      documents: [{ ...valid.documents[0], quantity: 0, name: 'Tờ khai | bản chính' }],
      fees: [{ ...valid.fees[0], amountVnd: null }],
    };
    expect(fields(content)).toEqual([
      'implementations',
      'implementations[0]',
      'implementations[0].timeLimit.amount',
      'implementations[1].timeLimit.amount',
      'documents[0].quantity',
      'fees[0]',
      'documents[0].name',
    ]);
  });
});
