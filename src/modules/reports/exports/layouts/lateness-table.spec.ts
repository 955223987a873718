import { parseReportCsv, readReportWorkbook, sheetValues } from '../../../../../test/support/report-files';
import { renderTableCsv } from '../table-csv';
import { renderTableWorkbook, TABLE_SHEET_ROWS } from '../table-workbook';
import { MARCH_2027 } from '../../../../../test/support/report-figures';
import { latenessTable, WITHOUT_LATE_STEP_LABEL } from './lateness-table';

const REPORT = {
  period: MARCH_2027,
  agencies: [
    { agencyId: 'a', agencyName: 'Ủy ban nhân dân phường 7', late: 3 },
    { agencyId: 'b', agencyName: 'Phòng Tư pháp', late: 1 },
  ],
  withoutLateStep: 2,
};

describe('lateness attribution as a file', () => {
  it('lists the agencies, the late dossiers without a late step, and the total', async () => {
    const table = latenessTable(REPORT, 'Ủy ban nhân dân thành phố Tuy Hòa');
    expect(parseReportCsv(await renderTableCsv(table))).toEqual([
      ['Cơ quan có bước liên thông quá hạn đầu tiên', 'Số hồ sơ quá hạn'],
      ['Ủy ban nhân dân phường 7', '3'],
      ['Phòng Tư pháp', '1'],
      [WITHOUT_LATE_STEP_LABEL, '2'],
      ['Tổng cộng', '6'],
    ]);
    const values = sheetValues(await readReportWorkbook(await renderTableWorkbook(table)));
    expect(values[TABLE_SHEET_ROWS.unit][0]).toBe('Đơn vị báo cáo: Ủy ban nhân dân thành phố Tuy Hòa');
    expect(values[TABLE_SHEET_ROWS.firstSection + 4]).toEqual(['Tổng cộng', 6]);
  });
});
