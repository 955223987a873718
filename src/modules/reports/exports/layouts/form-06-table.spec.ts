import { parseReportCsv } from '../../../../../test/support/report-files';
import { buildForm06 } from '../../domain/form-06';
import { renderTableCsv } from '../table-csv';
import { form06Table } from './form-06-table';

const counts = (received: number, resolved: number) => ({
  receivedTotal: received,
  receivedOnline: 0,
  receivedDirectOrPost: received,
  carriedOver: 0,
  resolvedTotal: resolved,
  resolvedEarly: resolved,
  resolvedOnTime: 0,
  resolvedLate: 0,
  inProgressTotal: received - resolved,
  inProgressWithinTime: received - resolved,
  inProgressOverdue: 0,
});

describe('Biểu 06 as CSV', () => {
  it('joins the two heading levels and keeps the form’s rows, the grand total last', async () => {
    const form = buildForm06({
      periodLabel: 'Tháng 03/2027',
      reportingUnit: 'Ủy ban nhân dân huyện Sơn Hòa',
      rows: [
        { level: 'COMMUNE', sector: 'Hộ tịch', counts: counts(5, 3) },
        { level: 'DISTRICT', sector: 'Đất đai', counts: counts(2, 2) },
      ],
    });
    const rows = parseReportCsv(await renderTableCsv(form06Table(form)));
    expect(rows[0].slice(0, 3)).toEqual([
      'STT',
      'Lĩnh vực, nhiệm vụ theo cấp',
      'Số hồ sơ nhận giải quyết - Tổng số (3)',
    ]);
    expect(rows[0][12]).toBe('Số hồ sơ đang giải quyết - Quá hạn (13)');
    expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['I', 'Cấp huyện', '2'],
      ['1', 'Đất đai', '2'],
      ['II', 'Cấp xã', '5'],
      ['1', 'Hộ tịch', '5'],
      ['', 'Tổng cộng', '7'],
    ]);
    expect(rows.at(-1)![6]).toBe('5'); // (7) resolved
  });
});
