import { parseQcvnCode } from '../../catalog/agencies/domain/agency-code';
import {
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
  vietnamDayNumberOf,
  type IsoDate,
} from '../../calendar/domain/local-date';
import { DossierError } from './dossier.errors';

// The dossier code of Circular 01/2018/TT-VPCP art. 19: `<receiving agency identifier>-YYMMDD-XXXX`,
// YYMMDD the receipt date in Vietnam (Asia/Ho_Chi_Minh) and XXXX the rank of the receipt among that
// agency's receipts of the day. The service allocates the rank in SQL (a counter row per agency and
// day, inside the intake transaction); this file only formats, parses and validates.
//
// Decision: past 9999 receipts in one day the code cannot be made and the intake fails with
// 'dossier-code-sequence-exhausted', rather than growing a fifth digit. The circular fixes four
// digits, the national portal and the QR readers expect them, and 9,999 receipts at one desk in one
// day (about 20 a minute for 8 office hours) is no real desk's volume: Phú Yên's whole province
// level received about 210 dossiers a working day in 2020. Reaching it means a runaway client.
export const MAX_DAILY_SEQUENCE = 9999;

const DOSSIER_CODE = /^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

export interface DossierCodeParts {
  readonly agencyIdentifier: string; // QCVN 102:2016 form, e.g. 000.00.31.H55
  readonly receiptDate: IsoDate; // the Vietnamese civil date of the receipt
  readonly sequence: number; // 1–9999
}

// The Vietnamese civil date of a receipt instant: the day the counter is keyed on.
export function findReceiptDate(receivedAtMs: number): IsoDate {
  return formatIsoDate(fromDayNumber(vietnamDayNumberOf(receivedAtMs)));
}

export function formatDossierCode(agencyIdentifier: string, receivedAtMs: number, sequence: number): string {
  if (parseQcvnCode(agencyIdentifier) === null) {
    throw invalidCode(`"${agencyIdentifier}" không phải mã định danh cơ quan theo QCVN 102:2016.`);
  }
  if (!Number.isFinite(receivedAtMs)) {
    throw invalidCode('Thời điểm tiếp nhận không hợp lệ.');
  }
  if (Number.isInteger(sequence) && sequence > MAX_DAILY_SEQUENCE) {
    throw new DossierError(
      'conflict',
      'dossier-code-sequence-exhausted',
      'Hết số thứ tự hồ sơ trong ngày',
      `Cơ quan ${agencyIdentifier} đã tiếp nhận ${MAX_DAILY_SEQUENCE} hồ sơ trong ngày ${findReceiptDate(receivedAtMs)}: mã hồ sơ chỉ có 4 chữ số (Thông tư 01/2018/TT-VPCP).`,
    );
  }
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw invalidCode(
      `Số thứ tự ${sequence} không hợp lệ: phải là số nguyên từ 1 đến ${MAX_DAILY_SEQUENCE}.`,
    );
  }
  const { year, month, day } = fromDayNumber(vietnamDayNumberOf(receivedAtMs));
  const yymmdd = [year % 100, month, day].map((part) => String(part).padStart(2, '0')).join('');
  return `${agencyIdentifier}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

// The parts of a well-formed code, or null: a real agency identifier, a real date (years 2000–2099,
// the only century the two-digit year can mean for this system) and a rank from 0001.
export function parseDossierCode(code: string): DossierCodeParts | null {
  const match = DOSSIER_CODE.exec(code);
  if (!match) {
    return null;
  }
  const [, agencyIdentifier, yy, mm, dd, rank] = match;
  const date = parseIsoDate(`20${yy}-${mm}-${dd}`);
  const sequence = Number(rank);
  if (parseQcvnCode(agencyIdentifier) === null || date === null || sequence < 1) {
    return null;
  }
  return { agencyIdentifier, receiptDate: formatIsoDate(date), sequence };
}

export function isDossierCode(code: string): boolean {
  return parseDossierCode(code) !== null;
}

// Whether `code` is the one a receipt at `receivedAtMs` by `agencyIdentifier` would carry (any
// rank): a consistency check for imported or synchronised dossiers.
export function isCodeOfReceipt(code: string, agencyIdentifier: string, receivedAtMs: number): boolean {
  const parts = parseDossierCode(code);
  return (
    parts !== null &&
    parts.agencyIdentifier === agencyIdentifier &&
    parts.receiptDate === findReceiptDate(receivedAtMs)
  );
}

function invalidCode(detail: string): DossierError {
  return new DossierError('invalid', 'dossier-code-invalid', 'Mã hồ sơ không hợp lệ', detail);
}
