import { parseReportCsv, readReportWorkbook, sheetValues } from '../../../../test/support/report-files';
import { formatVietnamDateTime, type ReportTable, type TableCell } from './report-table';
import { renderTableCsv } from './table-csv';
import { renderTableWorkbook, TABLE_SHEET_ROWS } from './table-workbook';

// 2027-03-31 23:30 in Hà Nội is still 31 March there, 16:30 UTC.
const LATE_EVENING = new Date('2027-03-31T16:30:00Z');

async function* slowly(rows: TableCell[][]): AsyncGenerator<TableCell[]> {
  for (const row of rows) {
    await Promise.resolve();
    yield row;
  }
}

const table = (rows: Iterable<TableCell[]> | AsyncIterable<TableCell[]>): ReportTable => ({
  title: 'Báo cáo thử',
  periodLabel: 'Tháng 03/2027',
  unitName: 'Ủy ban nhân dân huyện Sơn Hòa',
  sections: [
    {
      columns: [
        { heading: 'Mã hồ sơ', kind: 'text' },
        { heading: 'Ngày tiếp nhận', kind: 'instant' },
        { heading: 'Số hồ sơ', kind: 'count' },
        { heading: 'Tỷ lệ (%)', kind: 'percent' },
      ],
      rows,
      totals: ['Tổng cộng', null, 3, 66.67],
    },
  ],
  notes: ['Ghi chú "có ngoặc", và dấu phẩy'],
});

describe('report files (CSV and XLSX of a report table)', () => {
  it('writes an instant as Vietnamese legal time, dd/MM/yyyy HH:mm', () => {
    expect(formatVietnamDateTime(LATE_EVENING)).toBe('31/03/2027 23:30');
    expect(formatVietnamDateTime(new Date('2027-01-01T00:00:00+07:00'))).toBe('01/01/2027 00:00');
  });

  it('writes CSV in UTF-8 with a BOM: headings, rows (read as they stream in), totals', async () => {
    const csv = await renderTableCsv(
      table(
        slowly([
          ['HS-1, "trích"', LATE_EVENING, 2, 100],
          ['HS-2', null, 1, null],
        ]),
      ),
    );
    expect(parseReportCsv(csv)).toEqual([
      ['Mã hồ sơ', 'Ngày tiếp nhận', 'Số hồ sơ', 'Tỷ lệ (%)'],
      ['HS-1, "trích"', '31/03/2027 23:30', '2', '100'],
      ['HS-2', '', '1', ''],
      ['Tổng cộng', '', '3', '66.67'],
    ]);
  });

  it('writes each section of a several-section report after its title', async () => {
    const csv = await renderTableCsv({
      ...table([]),
      sections: [
        { title: 'Phần một', columns: [{ heading: 'A', kind: 'count' }], rows: [[1]] },
        { title: 'Phần hai', columns: [{ heading: 'B', kind: 'text' }], rows: [['x']] },
      ],
    });
    expect(parseReportCsv(csv)).toEqual([['Phần một'], ['A'], ['1'], [''], ['Phần hai'], ['B'], ['x']]);
  });

  it('writes XLSX with the title, period and unit, bold headings, the rows and bold totals', async () => {
    const sheet = await readReportWorkbook(
      await renderTableWorkbook(
        table(
          slowly([
            ['HS-1', LATE_EVENING, 2, 100],
            ['HS-2', null, 1, null],
          ]),
        ),
      ),
    );
    const values = sheetValues(sheet);
    expect(values[TABLE_SHEET_ROWS.title][0]).toBe('Báo cáo thử');
    expect(values[TABLE_SHEET_ROWS.period][0]).toBe('Kỳ báo cáo: Tháng 03/2027');
    expect(values[TABLE_SHEET_ROWS.unit][0]).toBe('Đơn vị báo cáo: Ủy ban nhân dân huyện Sơn Hòa');
    const headings = TABLE_SHEET_ROWS.firstSection;
    expect(values[headings]).toEqual(['Mã hồ sơ', 'Ngày tiếp nhận', 'Số hồ sơ', 'Tỷ lệ (%)']);
    expect(sheet.getCell(headings, 1).font?.bold).toBe(true);
    // The cell holds the Vietnamese wall-clock time, shown as dd/mm/yyyy hh:mm.
    expect(values[headings + 1]).toEqual(['HS-1', new Date('2027-03-31T23:30:00Z'), 2, 100]);
    expect(sheet.getCell(headings + 1, 2).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(values[headings + 2]).toEqual(['HS-2', null, 1, null]);
    expect(values[headings + 3]).toEqual(['Tổng cộng', null, 3, 66.67]);
    expect(sheet.getCell(headings + 3, 3).font?.bold).toBe(true);
    expect(sheet.getCell(headings + 3, 4).numFmt).toBe('0.00');
    expect(values[headings + 5][0]).toBe('Ghi chú "có ngoặc", và dấu phẩy');
  });
});
