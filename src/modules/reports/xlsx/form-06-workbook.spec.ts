import ExcelJS from 'exceljs';
import {
  type Form06Counts,
  FORM_06_COUNT_COLUMNS,
  FORM_06_COUNT_KEYS,
  brokenForm06Identities,
} from '../domain/form-06-counts';
import { buildForm06 } from '../domain/form-06';
import { parseReportPeriod } from '../domain/report-period';
import { FORM_06_SHEET_NAME, FORM_06_SHEET_ROWS, renderForm06Workbook } from './form-06-workbook';

const land: Form06Counts = {
  receivedTotal: 120,
  receivedOnline: 30,
  receivedDirectOrPost: 80,
  carriedOver: 10,
  resolvedTotal: 100,
  resolvedEarly: 60,
  resolvedOnTime: 35,
  resolvedLate: 5,
  inProgressTotal: 20,
  inProgressWithinTime: 18,
  inProgressOverdue: 2,
};
const civil: Form06Counts = {
  receivedTotal: 1_500,
  receivedOnline: 200,
  receivedDirectOrPost: 1_290,
  carriedOver: 10,
  resolvedTotal: 1_490,
  resolvedEarly: 1_400,
  resolvedOnTime: 80,
  resolvedLate: 10,
  inProgressTotal: 10,
  inProgressWithinTime: 10,
  inProgressOverdue: 0,
};

async function readBack(): Promise<ExcelJS.Worksheet> {
  const form = buildForm06({
    periodLabel: parseReportPeriod('2020-KY-Q4').label,
    reportingUnit: 'Ủy ban nhân dân tỉnh Phú Yên',
    rows: [
      { level: 'PROVINCE', sector: 'Đất đai', counts: land },
      { level: 'DISTRICT', sector: 'Đất đai', counts: land },
      { level: 'COMMUNE', sector: 'Hộ tịch', counts: civil },
    ],
  });
  const buffer = await renderForm06Workbook(form);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(FORM_06_SHEET_NAME);
  if (!sheet) {
    throw new Error('the Biểu 06 sheet is missing');
  }
  return sheet;
}

function countsOfRow(sheet: ExcelJS.Worksheet, rowNumber: number): Form06Counts {
  const counts = {} as Record<keyof Form06Counts, number>;
  for (const key of FORM_06_COUNT_KEYS) {
    counts[key] = sheet.getCell(rowNumber, FORM_06_COUNT_COLUMNS[key]).value as number;
  }
  return counts;
}

describe('Biểu 06 as an XLSX laid out like the form', () => {
  it('has the form title, the cut-off period and the reporting unit merged across the 13 columns', async () => {
    const sheet = await readBack();
    expect(sheet.getCell('A1').value).toBe('Biểu số 06/VPCP/KSTT');
    expect(sheet.getCell('A2').value).toBe(
      'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
    );
    expect(sheet.getCell(`A${FORM_06_SHEET_ROWS.period}`).value).toBe(
      'Kỳ báo cáo: Kỳ báo cáo quý IV năm 2020 (15/09/2020 – 14/12/2020)',
    );
    expect(sheet.getCell(`A${FORM_06_SHEET_ROWS.reportingUnit}`).value).toBe(
      'Đơn vị báo cáo: Ủy ban nhân dân tỉnh Phú Yên',
    );
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:M1', 'A2:M2', 'A4:M4', 'A5:M5']));
  });

  it('has the two-level column headings and the column numbers (1)…(13)', async () => {
    const sheet = await readBack();
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A7:A8', 'B7:B8', 'C7:F7', 'G7:J7', 'K7:M7']));
    expect(sheet.getCell('C7').value).toBe('Số hồ sơ nhận giải quyết');
    expect(sheet.getCell('F7').master.address).toBe('C7');
    expect(sheet.getCell('G7').value).toBe('Kết quả giải quyết');
    expect(sheet.getCell('K7').value).toBe('Số hồ sơ đang giải quyết');
    const headings = sheet.getRow(FORM_06_SHEET_ROWS.headings).values as unknown[];
    expect(headings.slice(3, 14)).toEqual([
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
    const numbers = sheet.getRow(FORM_06_SHEET_ROWS.columnNumbers).values as unknown[];
    expect(numbers.slice(1)).toEqual(Array.from({ length: 13 }, (_, index) => `(${index + 1})`));
  });

  it('the rows: bold levels and total, sector rows plain, the total adds up and keeps the identities', async () => {
    const sheet = await readBack();
    const first = FORM_06_SHEET_ROWS.firstData;
    const labels = [0, 1, 2, 3, 4, 5, 6].map((offset) => sheet.getCell(first + offset, 2).value);
    expect(labels).toEqual([
      'Cấp tỉnh (các sở, ban, ngành)',
      'Đất đai',
      'Cấp huyện',
      'Đất đai',
      'Cấp xã',
      'Hộ tịch',
      'Tổng cộng',
    ]);
    expect(sheet.getCell(first, 1).value).toBe('I');
    expect(sheet.getCell(first, 2).font.bold).toBe(true);
    expect(sheet.getCell(first + 1, 2).font?.bold).toBeFalsy();
    const totalRow = first + 6;
    expect(sheet.getCell(totalRow, 3).font.bold).toBe(true);
    expect(countsOfRow(sheet, totalRow)).toEqual({
      receivedTotal: 1_740,
      receivedOnline: 260,
      receivedDirectOrPost: 1_450,
      carriedOver: 30,
      resolvedTotal: 1_690,
      resolvedEarly: 1_520,
      resolvedOnTime: 150,
      resolvedLate: 20,
      inProgressTotal: 50,
      inProgressWithinTime: 46,
      inProgressOverdue: 4,
    });
    for (let rowNumber = first; rowNumber <= totalRow; rowNumber += 1) {
      expect(brokenForm06Identities(countsOfRow(sheet, rowNumber))).toEqual([]);
    }
    expect(sheet.getCell(totalRow, 3).numFmt).toBe('#,##0');
    expect(sheet.getCell(totalRow, 13).border.right?.style).toBe('thin');
    expect(sheet.getColumn(2).width).toBeGreaterThan(30);
  });
});
