import { invalidFormInput } from './form.errors';
import { type RegisterRow } from './form-input';
import { toVietnamParts } from './vietnam-time';

export interface RegisterNumber {
  readonly year: number;
  readonly number: number;
}

// Circular 01/2018 art. 9–10: the register's numbers run continuously through each year at a
// desk and start again at 1 on the first receipt of a new year (Vietnam time). The service
// keeps the last number per desk and stores what this returns in the receipt's transaction.
export function nextRegisterNumber(previous: RegisterNumber | null, receivedAt: number): RegisterNumber {
  const year = toVietnamParts(receivedAt, 'receivedAt').year;
  if (previous === null || previous.year !== year) {
    return { year, number: 1 };
  }
  return { year, number: previous.number + 1 };
}

// A printed register page is a run of consecutive numbers of one year: a gap or a dossier of
// another year means the rows were selected wrongly, and a register with holes is not kept.
export function assertContinuousRegister(year: number, rows: readonly RegisterRow[]): void {
  rows.forEach((row, index) => {
    const field = `rows[${index}]`;
    if (!Number.isInteger(row.number) || row.number < 1) {
      throw invalidFormInput(`${field}.number`, `Số thứ tự phải là số nguyên dương, nhận ${row.number}.`);
    }
    if (index > 0 && row.number !== rows[index - 1].number + 1) {
      throw invalidFormInput(
        `${field}.number`,
        `Số thứ tự phải liên tục: sau ${rows[index - 1].number} là ${rows[index - 1].number + 1}, nhận ${row.number}.`,
      );
    }
    const receivedYear = toVietnamParts(row.receivedAt, `${field}.receivedAt`).year;
    if (receivedYear !== year) {
      throw invalidFormInput(
        `${field}.receivedAt`,
        `Hồ sơ ${row.dossierCode} tiếp nhận năm ${receivedYear}, không thuộc sổ năm ${year}.`,
      );
    }
  });
}
