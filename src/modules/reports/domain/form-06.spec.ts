import fc from 'fast-check';
import {
  type Form06SectorCounts,
  FORM_06_COLUMNS,
  FORM_06_LEVELS,
  buildForm06,
  checkForm06Identities,
} from './form-06';
import { type Form06Counts, ZERO_FORM_06_COUNTS, onTimeRatePercent, sumForm06Counts } from './form-06-counts';

// Counts that satisfy every identity, from the parts.
function consistent(parts: {
  online: number;
  directOrPost: number;
  early: number;
  onTime: number;
  late: number;
  overdue: number;
}): Form06Counts {
  const resolvedTotal = parts.early + parts.onTime + parts.late;
  const receivedNew = parts.online + parts.directOrPost;
  // Whatever was received and not resolved nor overdue is within time; carried over fills the gap.
  const inProgressWithinTime = Math.max(0, receivedNew - resolvedTotal - parts.overdue);
  const inProgressTotal = inProgressWithinTime + parts.overdue;
  const receivedTotal = resolvedTotal + inProgressTotal;
  return {
    receivedTotal,
    receivedOnline: parts.online,
    receivedDirectOrPost: parts.directOrPost,
    carriedOver: receivedTotal - receivedNew,
    resolvedTotal,
    resolvedEarly: parts.early,
    resolvedOnTime: parts.onTime,
    resolvedLate: parts.late,
    inProgressTotal,
    inProgressWithinTime,
    inProgressOverdue: parts.overdue,
  };
}

const input = (rows: Form06SectorCounts[]) => ({
  periodLabel: 'Năm 2020',
  reportingUnit: 'Ủy ban nhân dân tỉnh Phú Yên',
  rows,
});

describe('Biểu 06/VPCP/KSTT as data', () => {
  it('on-time rate of the reference province, 2020: 196,967 early or on time and 13,435 late is 93.61 %', () => {
    const counts = consistent({
      online: 0,
      directOrPost: 0,
      early: 150_000,
      onTime: 46_967,
      late: 13_435,
      overdue: 0,
    });
    expect(onTimeRatePercent(counts)).toBe(93.61);
    expect(onTimeRatePercent(ZERO_FORM_06_COUNTS)).toBeNull();
    expect(
      onTimeRatePercent({ ...ZERO_FORM_06_COUNTS, resolvedTotal: 3, resolvedOnTime: 2, resolvedLate: 1 }),
    ).toBe(66.67);
  });

  it('has the 13 columns of the form, in order, under their three headings', () => {
    expect(FORM_06_COLUMNS.map((column) => column.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
    expect(FORM_06_COLUMNS.map((column) => column.heading)).toEqual([
      'STT',
      'Lĩnh vực, nhiệm vụ theo cấp',
      'Tổng số',
      'Trực tuyến',
      'Trực tiếp, dịch vụ bưu chính',
      'Từ kỳ trước',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
    ]);
  });

  it('rows: each level with its subtotal, its sectors numbered 1..n in Vietnamese order, then the total', () => {
    const landCounts = consistent({ online: 5, directOrPost: 20, early: 10, onTime: 8, late: 2, overdue: 1 });
    const civilCounts = consistent({
      online: 1,
      directOrPost: 40,
      early: 30,
      onTime: 5,
      late: 0,
      overdue: 0,
    });
    const form = buildForm06(
      input([
        { level: 'COMMUNE', sector: 'Hộ tịch', counts: civilCounts },
        { level: 'PROVINCE', sector: 'Đất đai', counts: landCounts },
        { level: 'PROVINCE', sector: 'Xây dựng', counts: landCounts },
        { level: 'PROVINCE', sector: 'Chứng thực', counts: civilCounts },
        { level: 'COMMUNE', sector: 'Hộ tịch', counts: civilCounts }, // added to the first
      ]),
    );
    expect(form.rows.map((row) => [row.kind, row.number, row.label])).toEqual([
      ['LEVEL', 'I', 'Cấp tỉnh (các sở, ban, ngành)'],
      ['SECTOR', '1', 'Chứng thực'],
      ['SECTOR', '2', 'Đất đai'],
      ['SECTOR', '3', 'Xây dựng'],
      ['LEVEL', 'II', 'Cấp xã'],
      ['SECTOR', '1', 'Hộ tịch'],
      ['TOTAL', '', 'Tổng cộng'],
    ]);
    expect(form.rows[0]?.counts).toEqual(sumForm06Counts([civilCounts, landCounts, landCounts]));
    expect(form.rows[5]?.counts).toEqual(sumForm06Counts([civilCounts, civilCounts]));
    expect(form.rows[6]?.counts).toEqual(
      sumForm06Counts([civilCounts, landCounts, landCounts, civilCounts, civilCounts]),
    );
    expect(form.rows[2]?.onTimeRatePercent).toBe(90);
    expect(form).toMatchObject({
      code: 'Biểu số 06/VPCP/KSTT',
      periodLabel: 'Năm 2020',
      reportingUnit: 'Ủy ban nhân dân tỉnh Phú Yên',
    });
    expect(checkForm06Identities(form)).toEqual([]);
  });

  it('names the sector of a sector row for the drill-down, unless two sectors of one name were added together', () => {
    const counts = consistent({ online: 1, directOrPost: 2, early: 1, onTime: 1, late: 0, overdue: 0 });
    const form = buildForm06(
      input([
        { level: 'COMMUNE', sector: 'Hộ tịch', sectorId: 's-civil', counts },
        { level: 'DISTRICT', sector: 'Hộ tịch', sectorId: 's-civil', counts },
        { level: 'DISTRICT', sector: 'Đất đai', sectorId: 's-land-1', counts },
        { level: 'DISTRICT', sector: 'Đất đai', sectorId: 's-land-2', counts },
      ]),
    );
    expect(form.rows.map((row) => [row.kind, row.level, row.label, row.sectorId])).toEqual([
      ['LEVEL', 'DISTRICT', 'Cấp huyện', null],
      ['SECTOR', 'DISTRICT', 'Đất đai', null],
      ['SECTOR', 'DISTRICT', 'Hộ tịch', 's-civil'],
      ['LEVEL', 'COMMUNE', 'Cấp xã', null],
      ['SECTOR', 'COMMUNE', 'Hộ tịch', 's-civil'],
      ['TOTAL', null, 'Tổng cộng', null],
    ]);
  });

  it('the reference year by level: 219,679 received, 93.61 % on time, 9,277 open at year end', () => {
    const form = buildForm06(
      input([
        {
          level: 'PROVINCE',
          sector: 'Tổng hợp',
          counts: consistent({
            online: 6_000,
            directOrPost: 46_506,
            early: 40_000,
            onTime: 7_000,
            late: 3_000,
            overdue: 500,
          }),
        },
        {
          level: 'DISTRICT',
          sector: 'Tổng hợp',
          counts: consistent({
            online: 4_000,
            directOrPost: 45_845,
            early: 30_000,
            onTime: 12_000,
            late: 4_435,
            overdue: 700,
          }),
        },
        {
          level: 'COMMUNE',
          sector: 'Tổng hợp',
          counts: consistent({
            online: 4_188,
            directOrPost: 113_140,
            early: 100_000,
            onTime: 7_967,
            late: 6_000,
            overdue: 1_000,
          }),
        },
      ]),
    );
    const levels = form.rows.filter((row) => row.kind === 'LEVEL');
    expect(levels.map((row) => row.counts.receivedTotal)).toEqual([52_506, 49_845, 117_328]);
    const total = form.rows.at(-1);
    expect(total?.counts).toMatchObject({
      receivedTotal: 219_679,
      resolvedTotal: 210_402,
      inProgressTotal: 9_277,
    });
    expect(total?.onTimeRatePercent).toBe(93.61);
    expect(checkForm06Identities(form)).toEqual([]);
  });

  it('a row that breaks an identity is reported with the identities it breaks', () => {
    const broken = {
      ...consistent({ online: 3, directOrPost: 3, early: 2, onTime: 1, late: 1, overdue: 1 }),
    };
    const form = buildForm06(
      input([{ level: 'DISTRICT', sector: 'Tư pháp', counts: { ...broken, resolvedLate: 2 } }]),
    );
    expect(checkForm06Identities(form).map((result) => [result.row.kind, result.identities])).toEqual([
      ['LEVEL', ['(7) = (8) + (9) + (10)']],
      ['SECTOR', ['(7) = (8) + (9) + (10)']],
      ['TOTAL', ['(7) = (8) + (9) + (10)']],
    ]);
  });

  it('random consistent sector rows: every row of the form keeps the four identities and the totals add up', () => {
    const count = fc.nat(5_000);
    const row = fc.record({
      level: fc.constantFrom(...FORM_06_LEVELS),
      sector: fc.constantFrom('Đất đai', 'Hộ tịch', 'Tư pháp', 'Xây dựng', 'Ô tô', 'An toàn thực phẩm'),
      counts: fc
        .record({
          online: count,
          directOrPost: count,
          early: count,
          onTime: count,
          late: count,
          overdue: count,
        })
        .map(consistent),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const form = buildForm06(input(rows));
        expect(checkForm06Identities(form)).toEqual([]);
        const total = form.rows.at(-1);
        expect(total?.counts).toEqual(sumForm06Counts(rows.map((item) => item.counts)));
        const levels = form.rows.filter((formRow) => formRow.kind === 'LEVEL');
        expect(sumForm06Counts(levels.map((level) => level.counts))).toEqual(total?.counts);
        for (const formRow of form.rows) {
          const rate = formRow.onTimeRatePercent;
          expect(rate === null).toBe(formRow.counts.resolvedTotal === 0);
          expect(rate === null || (rate >= 0 && rate <= 100)).toBe(true);
        }
      }),
    );
  });
});
