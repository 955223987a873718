import { parseReportCsv, readReportWorkbook, sheetValues } from '../../../../../test/support/report-files';
import { type Index766Facts, scoreIndex766 } from '../../domain/index-766';
import { type Index766Report } from '../../index-766.service';
import { renderTableCsv } from '../table-csv';
import { renderTableWorkbook, TABLE_SHEET_ROWS } from '../table-workbook';
import { MARCH_2027 } from '../../../../../test/support/report-figures';
import { index766Table } from './index-766-table';

const FACTS: Index766Facts = {
  resolved: 10,
  portalOnTime: 9,
  newReceived: 10,
  newOnline: 5,
  newDigitised: 4,
  evaluations: 2,
  evaluationScoreSum: 30,
};

const score = scoreIndex766(FACTS);
const REPORT: Index766Report = {
  period: MARCH_2027,
  agencyId: 'a',
  rows: [{ agencyId: 'a', agencyName: 'Ủy ban nhân dân phường 7', ...score }],
  total: score,
};

describe('the Decision 766 index as a file', () => {
  const table = index766Table(REPORT, 'Ủy ban nhân dân huyện Sơn Hòa');
  const pointsOf = (group: string) => score.groups.find((row) => row.group === group)!.points;

  it('gives each agency its groups’ points and the scope’s on the last row, then the groups in detail', async () => {
    const rows = parseReportCsv(await renderTableCsv(table));
    expect(rows[1].slice(0, 3)).toEqual([
      'Đơn vị',
      'Công khai, minh bạch (18 điểm)',
      'Tiến độ giải quyết (20 điểm)',
    ]);
    expect(rows[2][0]).toBe('Ủy ban nhân dân phường 7');
    expect(rows[3].slice(0, 3)).toEqual(['Toàn phạm vi', '', String(pointsOf('PROGRESS'))]);
    expect(rows[3][7]).toBe(String(score.points));
    const publicity = rows.find((row) => row[0] === 'Công khai, minh bạch' && row.length === 7)!;
    expect(publicity.slice(0, 6)).toEqual(['Công khai, minh bạch', '18', '', '', '', '']);
    expect(publicity[6]).toMatch(/^không có dữ liệu/);
  });

  it('writes the same points in the workbook', async () => {
    const values = sheetValues(await readReportWorkbook(await renderTableWorkbook(table)));
    const total = values[TABLE_SHEET_ROWS.firstSection + 3];
    expect(total[0]).toBe('Toàn phạm vi');
    expect(total[2]).toBe(pointsOf('PROGRESS'));
    expect(total[7]).toBe(score.points);
    expect(total[8]).toBe(score.availableMaxPoints);
  });
});
