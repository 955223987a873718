import { parseReportCsv, readReportWorkbook, sheetValues } from '../../../../../test/support/report-files';
import { MARCH_2027 } from '../../../../../test/support/report-figures';
import { type DrillDownRow } from '../../report-measures.repository';
import { type TableCell } from '../report-table';
import { renderTableCsv } from '../table-csv';
import { renderTableWorkbook, TABLE_SHEET_ROWS } from '../table-workbook';
import { drillDownCells, drillDownTable } from './drill-down-table';

const DOSSIER: DrillDownRow = {
  id: 'd',
  code: '000.00.22.H55-270303-0001',
  procedureName: 'Đăng ký khai sinh',
  levelCode: 'COMMUNE',
  channel: 'DIRECT',
  status: 'WITHDRAWN',
  receivedAt: new Date('2027-03-03T02:00:00Z'),
  dueAt: new Date('2027-03-10T02:00:00Z'),
  appointmentAt: null,
  resolvedAt: null,
  endedAt: new Date('2027-03-20T02:00:00Z'),
  classification: null,
  resolvingAgencyName: 'Ủy ban nhân dân phường 7',
};

async function* batches(): AsyncGenerator<TableCell[]> {
  yield drillDownCells(1, DOSSIER);
  await Promise.resolve(); // the next batch is read from the database meanwhile
  yield drillDownCells(2, {
    ...DOSSIER,
    code: 'B',
    status: 'RESOLVED',
    classification: 'LATE',
    endedAt: null,
    resolvedAt: DOSSIER.endedAt,
  });
}

describe('the dossiers behind a number as a file', () => {
  const table = () =>
    drillDownTable(
      { period: MARCH_2027, measure: 'late', unitName: 'Ủy ban nhân dân huyện Sơn Hòa' },
      batches(),
    );

  it('lists every dossier in CSV, codes in words and instants in Vietnamese time', async () => {
    const rows = parseReportCsv(await renderTableCsv(table()));
    expect(rows[0]).toEqual([
      'STT',
      'Mã hồ sơ',
      'Thủ tục hành chính',
      'Cấp',
      'Hình thức tiếp nhận',
      'Trạng thái',
      'Ngày tiếp nhận',
      'Hạn giải quyết',
      'Ngày giải quyết hoặc kết thúc',
      'Kết quả giải quyết',
      'Cơ quan giải quyết',
    ]);
    expect(rows[1]).toEqual([
      '1',
      '000.00.22.H55-270303-0001',
      'Đăng ký khai sinh',
      'Cấp xã',
      'Trực tiếp',
      'Công dân rút hồ sơ',
      '03/03/2027 09:00',
      '10/03/2027 09:00',
      '20/03/2027 09:00',
      '',
      'Ủy ban nhân dân phường 7',
    ]);
    expect(rows[2][9]).toBe('Quá hạn');
    expect(rows).toHaveLength(3);
  });

  it('titles the workbook with the measure and keeps dates as dates', async () => {
    const sheet = await readReportWorkbook(await renderTableWorkbook(table()));
    const values = sheetValues(sheet);
    expect(values[TABLE_SHEET_ROWS.title][0]).toBe('Danh sách hồ sơ: Quá hạn');
    const first = TABLE_SHEET_ROWS.firstSection + 1;
    expect(values[first].slice(0, 2)).toEqual([1, '000.00.22.H55-270303-0001']);
    expect(values[first][6]).toEqual(new Date('2027-03-03T09:00:00Z'));
    expect(values[first + 1][9]).toBe('Quá hạn');
  });

  it('names a lateness row in the title: the agency whose step was late first, or none', () => {
    const titled = (lateStep: string | null) =>
      drillDownTable({ period: MARCH_2027, measure: 'late', unitName: '', lateStep }, batches()).title;
    expect(titled('Ủy ban nhân dân phường 1')).toBe(
      'Danh sách hồ sơ: Quá hạn, bước liên thông trễ hạn đầu tiên của Ủy ban nhân dân phường 1',
    );
    expect(titled(null)).toBe('Danh sách hồ sơ: Quá hạn, không do bước liên thông nào');
  });
});
