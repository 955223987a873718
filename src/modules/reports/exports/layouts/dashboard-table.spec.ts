import { parseReportCsv, readReportWorkbook, sheetValues } from '../../../../../test/support/report-files';
import { type Dashboard, type Kpis } from '../../dashboard.service';
import { parseReportPeriod } from '../../domain/report-period';
import { renderTableCsv } from '../table-csv';
import { renderTableWorkbook, TABLE_SHEET_ROWS } from '../table-workbook';
import { dashboardTable } from './dashboard-table';

const kpis = (received: number, onTimeRate: number | null): Kpis => ({
  received,
  resolved: 4,
  late: 1,
  inProgress: 2,
  overdue: 1,
  onTimeRate,
  onlineShare: 25,
});

const DASHBOARD: Dashboard = {
  asOf: '2027-03-20T03:00:00.000Z',
  month: { period: parseReportPeriod('2027-03'), kpis: kpis(9, 75), previous: kpis(4, null) },
  yearToDate: {
    period: parseReportPeriod('2027-01-01..2027-03-20'),
    kpis: kpis(20, 80),
    previous: kpis(0, null),
  },
  agencies: [
    {
      agencyId: 'a',
      agencyName: 'Ủy ban nhân dân phường 7',
      ...kpis(8, 60),
      previousOnTimeRate: 50,
      onTimeRateChange: 10,
    },
  ],
  worstProcedures: [{ procedureId: 'p', name: 'Đăng ký khai sinh', overdue: 1 }],
  worstAgencies: [{ agencyId: 'a', name: 'Ủy ban nhân dân phường 7', overdue: 1 }],
};

describe('the dashboard as a file', () => {
  const table = dashboardTable(DASHBOARD, 'Ủy ban nhân dân huyện Sơn Hòa');

  it('writes its four sections, each under its title, in CSV', async () => {
    const rows = parseReportCsv(await renderTableCsv(table));
    expect(rows[0]).toEqual(['Chỉ tiêu chung']);
    expect(rows[1][0]).toBe('Kỳ');
    expect(rows[2]).toEqual([
      `Tháng này (${DASHBOARD.month.period.label})`,
      '9',
      '4',
      '1',
      '2',
      '1',
      '75',
      '25',
    ]);
    expect(rows[3]).toEqual(['Tháng trước', '4', '4', '1', '2', '1', '', '25']);
    const agencies = rows.findIndex((row) => row[0] === 'Theo cơ quan (tháng này)');
    expect(rows[agencies + 2]).toEqual([
      'Ủy ban nhân dân phường 7',
      '8',
      '4',
      '1',
      '2',
      '1',
      '60',
      '25',
      '50',
      '10',
    ]);
    expect(rows.slice(-2)).toEqual([
      ['Cơ quan', 'Đang giải quyết quá hạn'],
      ['Ủy ban nhân dân phường 7', '1'],
    ]);
  });

  it('writes the same in the workbook, as of the Vietnamese time of asOf', async () => {
    const values = sheetValues(await readReportWorkbook(await renderTableWorkbook(table)));
    expect(values[TABLE_SHEET_ROWS.period][0]).toMatch(/số liệu đến 20\/03\/2027 10:00/);
    const first = TABLE_SHEET_ROWS.firstSection;
    expect(values[first]).toEqual(['Chỉ tiêu chung']);
    expect(values[first + 2]).toEqual([`Tháng này (${DASHBOARD.month.period.label})`, 9, 4, 1, 2, 1, 75, 25]);
  });
});
