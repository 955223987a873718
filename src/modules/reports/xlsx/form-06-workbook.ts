import ExcelJS from 'exceljs';
import {
  type Form06,
  type Form06ColumnGroup,
  type Form06Row,
  FORM_06_COLUMN_GROUPS,
  FORM_06_COLUMNS,
} from '../domain/form-06';

// Biểu 06/VPCP/KSTT as an XLSX laid out like the paper form (Circular 01/2020/TT-VPCP): the form's
// code and name, the period and the reporting unit, two rows of column headings, the column
// numbers (1)…(13), then the rows of the form with level and total rows in bold.
export const FORM_06_SHEET_NAME = 'Biểu 06';
export const FORM_06_XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The sheet's fixed rows, so tests and readers find them without searching.
export const FORM_06_SHEET_ROWS = {
  code: 1,
  name: 2,
  legalBasis: 3,
  period: 4,
  reportingUnit: 5,
  unitOfMeasure: 6,
  groupHeadings: 7,
  headings: 8,
  columnNumbers: 9,
  firstData: 10,
} as const;

const COLUMN_COUNT = FORM_06_COLUMNS.length; // 13
const LAST_COLUMN = 'M';
const NUMBER_FORMAT = '#,##0';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const CENTERED: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

export async function renderForm06Workbook(form: Form06): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Một cửa';
  const sheet = workbook.addWorksheet(FORM_06_SHEET_NAME, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: FORM_06_SHEET_ROWS.columnNumbers }],
  });
  sheet.columns = FORM_06_COLUMNS.map((column) => ({
    width: column.number === 1 ? 6 : column.number === 2 ? 42 : 13,
  }));

  writeTitle(sheet, form);
  writeHeadings(sheet);
  form.rows.forEach((row, index) => writeRow(sheet, FORM_06_SHEET_ROWS.firstData + index, row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeTitle(sheet: ExcelJS.Worksheet, form: Form06): void {
  const lines: [number, string, Partial<ExcelJS.Font>, ExcelJS.Alignment['horizontal']][] = [
    [FORM_06_SHEET_ROWS.code, form.code, { bold: true }, 'left'],
    [FORM_06_SHEET_ROWS.name, form.name, { bold: true, size: 13 }, 'center'],
    [FORM_06_SHEET_ROWS.legalBasis, `(${form.legalBasis})`, { italic: true }, 'center'],
    [FORM_06_SHEET_ROWS.period, `Kỳ báo cáo: ${form.periodLabel}`, { bold: true }, 'center'],
    [FORM_06_SHEET_ROWS.reportingUnit, `Đơn vị báo cáo: ${form.reportingUnit}`, {}, 'center'],
    [FORM_06_SHEET_ROWS.unitOfMeasure, form.unitOfMeasure, { italic: true }, 'right'],
  ];
  for (const [rowNumber, text, font, horizontal] of lines) {
    sheet.mergeCells(`A${rowNumber}:${LAST_COLUMN}${rowNumber}`);
    const cell = sheet.getCell(`A${rowNumber}`);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  }
  sheet.getRow(FORM_06_SHEET_ROWS.name).height = 36;
}

function writeHeadings(sheet: ExcelJS.Worksheet): void {
  const top = FORM_06_SHEET_ROWS.groupHeadings;
  const bottom = FORM_06_SHEET_ROWS.headings;
  for (const column of FORM_06_COLUMNS) {
    if (column.group === null) {
      sheet.mergeCells(top, column.number, bottom, column.number);
      sheet.getCell(top, column.number).value = column.heading;
    } else {
      sheet.getCell(bottom, column.number).value = column.heading;
    }
  }
  for (const group of Object.keys(FORM_06_COLUMN_GROUPS) as Form06ColumnGroup[]) {
    const numbers = FORM_06_COLUMNS.filter((column) => column.group === group).map((column) => column.number);
    sheet.mergeCells(top, Math.min(...numbers), top, Math.max(...numbers));
    sheet.getCell(top, Math.min(...numbers)).value = FORM_06_COLUMN_GROUPS[group];
  }
  for (const column of FORM_06_COLUMNS) {
    sheet.getCell(FORM_06_SHEET_ROWS.columnNumbers, column.number).value = `(${column.number})`;
  }
  for (let rowNumber: number = top; rowNumber <= FORM_06_SHEET_ROWS.columnNumbers; rowNumber += 1) {
    for (let columnNumber = 1; columnNumber <= COLUMN_COUNT; columnNumber += 1) {
      const cell = sheet.getCell(rowNumber, columnNumber);
      cell.border = THIN;
      cell.alignment = CENTERED;
      cell.font = rowNumber === FORM_06_SHEET_ROWS.columnNumbers ? { italic: true } : { bold: true };
    }
  }
  sheet.getRow(bottom).height = 45;
}

function writeRow(sheet: ExcelJS.Worksheet, rowNumber: number, row: Form06Row): void {
  const isBold = row.kind !== 'SECTOR';
  for (const column of FORM_06_COLUMNS) {
    const cell = sheet.getCell(rowNumber, column.number);
    cell.border = THIN;
    cell.font = { bold: isBold };
    if (column.count !== null) {
      cell.value = row.counts[column.count];
      cell.numFmt = NUMBER_FORMAT;
      cell.alignment = { horizontal: 'right', vertical: 'middle' };
    } else if (column.number === 1) {
      cell.value = row.number;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    } else {
      cell.value = row.label;
      cell.alignment = {
        horizontal: row.kind === 'TOTAL' ? 'center' : 'left',
        vertical: 'middle',
        wrapText: true,
      };
    }
  }
}
