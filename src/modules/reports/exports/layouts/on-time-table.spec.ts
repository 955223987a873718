import { parseReportCsv, readReportWorkbook, sheetValues } from '../../../../../test/support/report-files';
import { type OnTimeReport } from '../../reports.service';
import { renderTableCsv } from '../table-csv';
import { renderTableWorkbook, TABLE_SHEET_ROWS } from '../table-workbook';
import { MARCH_2027, measureRow } from '../../../../../test/support/report-figures';
import { onTimeTable } from './on-time-table';

const REPORT: OnTimeReport = {
  period: MARCH_2027,
  agencyId: 'a',
  handling: { averageWorkingDays: 2.5, medianWorkingDays: 2, dossiers: 3 },
  rows: [
    {
      ...measureRow('DISTRICT', 'DISTRICT', { received: 1, resolved: 1, early: 1 }),
      averageHandlingWorkingDays: 1.5,
      onTimeRate: 100,
      ratings: 2,
      averageRating: 16.5,
    },
    { ...measureRow('COMMUNE', 'COMMUNE', { received: 8, resolved: 5, late: 2, onTime: 2 }), onTimeRate: 60 },
  ],
  total: {
    ...measureRow(null, null, { received: 9, resolved: 6, early: 1, onTime: 2, late: 2 }),
    onTimeRate: 66.67,
    ratings: 2,
    averageRating: 16.5,
  },
};

describe('the on-time report as a file', () => {
  const table = onTimeTable(REPORT, 'level', 'Ủy ban nhân dân huyện Sơn Hòa');

  it('has a CSV row per group with its level in words, then the total', async () => {
    const rows = parseReportCsv(await renderTableCsv(table));
    expect(rows[0].slice(0, 4)).toEqual([
      'Mã nhóm',
      'Nhóm',
      'Tổng số hồ sơ nhận',
      'Mới tiếp nhận trực tuyến',
    ]);
    expect(rows[0].slice(-4)).toEqual([
      'Tỷ lệ đúng hạn (%)',
      'Thời gian giải quyết bình quân (ngày làm việc)',
      'Số lượt đánh giá',
      'Điểm đánh giá bình quân (0–18)',
    ]);
    expect(rows[0]).toHaveLength(24);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2], ...row.slice(-4)])).toEqual([
      ['DISTRICT', 'Cấp huyện', '1', '100', '1.5', '2', '16.5'],
      ['COMMUNE', 'Cấp xã', '8', '60', '', '0', ''],
      ['', 'Tổng cộng', '9', '66.67', '', '2', '16.5'],
    ]);
  });

  it('has the same rows in the workbook, the total in bold, the handling time under them', async () => {
    const sheet = await readReportWorkbook(await renderTableWorkbook(table));
    const values = sheetValues(sheet);
    expect(values[TABLE_SHEET_ROWS.period][0]).toBe(`Kỳ báo cáo: ${MARCH_2027.label}`);
    const first = TABLE_SHEET_ROWS.firstSection;
    expect(values[first][2]).toBe('Tổng số hồ sơ nhận');
    expect(values[first + 1].slice(0, 3)).toEqual(['DISTRICT', 'Cấp huyện', 1]);
    expect(values[first + 3].slice(0, 8)).toEqual([null, 'Tổng cộng', 9, 0, 0, 0, 0, 6]);
    expect(values[first + 3][20]).toBe(66.67);
    expect(sheet.getCell(first + 3, 3).font?.bold).toBe(true);
    expect(values[first + 5][0]).toMatch(
      /bình quân: 2.5 ngày làm việc; trung vị: 2 ngày làm việc \(3 hồ sơ\)/,
    );
  });
});
