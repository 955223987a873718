import { type FieldName } from './form-fields';

// What a form is for, independent of its number: numbers change between circulars (the 2025 set
// renumbers and adds a stop notice), kinds do not. The dossiers service asks for a kind.
export const FORM_KINDS = [
  'receipt',
  'supplement-request',
  'refusal',
  'apology',
  'stop-notice',
  'process-control',
  'register',
] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const PAPER_SIZES = ['A4', 'A5'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export type Orientation = 'portrait' | 'landscape';

// A line of text with `{field}` placeholders (form-fields.ts lists the fields each kind offers).
// `when` names a field: the line is left out when that field has no value (an optional e-mail).
export interface TemplateLine {
  readonly template: string;
  readonly when?: FieldName;
}

export interface TableColumnSpec<Key extends string> {
  readonly key: Key;
  readonly header: string;
  // Share of the table's width; the shares of one table add up to 1.
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

// Columns a dossier's received documents can show (Mẫu 01).
export type DocumentColumn = 'index' | 'name' | 'form' | 'quantity';
// Columns of the process control sheet (Mẫu 05): one row per hand-over.
export type HistoryColumn = 'agencies' | 'handover' | 'stepDue' | 'result' | 'note';
// Columns of the dossier register (Mẫu 06), one row per received dossier.
export type RegisterColumn =
  | 'number'
  | 'dossierCode'
  | 'procedure'
  | 'setCount'
  | 'applicant'
  | 'applicantContact'
  | 'leadAgency'
  | 'receivedAt'
  | 'appointmentAt'
  | 'transferredAt'
  | 'resultReceivedAt'
  | 'returnedAt'
  | 'note';

// Free-text lists an input carries: what is missing, why refused, which agencies help, the fees.
export type ListSource = 'supplementItems' | 'refusalReasons' | 'coordinatingAgencies' | 'fees';

export interface SignerSpec {
  readonly title: string; // 'NGƯỜI NỘP HỒ SƠ'
  // A field that replaces the title when the input has it ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC").
  readonly titleField: FieldName | null;
  readonly hint: string; // '(Ký và ghi rõ họ tên)'
  // The field printed under the signature space, when the input has it.
  readonly nameField: FieldName | null;
}

// The body of a form, top to bottom. Wording is data: a circular that rewords a sentence
// changes a template here, not the code.
export type SectionSpec =
  | ({
      readonly kind: 'text';
      readonly align?: 'left' | 'center' | 'justify';
      readonly isItalic?: boolean;
    } & TemplateLine)
  // `heading` is a template; `emptyText` stands alone when the list is empty ("Không").
  | {
      readonly kind: 'list';
      readonly heading: string;
      readonly source: ListSource;
      readonly emptyText: string;
    }
  | {
      readonly kind: 'documents';
      readonly heading: string;
      readonly columns: readonly TableColumnSpec<DocumentColumn>[];
    }
  | { readonly kind: 'history'; readonly columns: readonly TableColumnSpec<HistoryColumn>[] }
  | { readonly kind: 'register'; readonly columns: readonly TableColumnSpec<RegisterColumn>[] }
  | { readonly kind: 'signatures'; readonly signers: readonly SignerSpec[] }
  | { readonly kind: 'notes'; readonly heading: string | null; readonly lines: readonly TemplateLine[] };

export interface FormDefinition {
  readonly number: string; // '01': the number printed as "Mẫu số 01"
  readonly kind: FormKind;
  readonly title: string; // sentence case; the PDF prints it in capitals
  readonly paper: { readonly size: PaperSize; readonly orientation: Orientation };
  // "Số: ..." under the agency name; null when the form has no reference number.
  readonly reference: TemplateLine | null;
  // "Tuy Hòa, ngày 05 tháng 3 năm 2020" under the national motto.
  readonly hasPlaceDate: boolean;
  // Lines centred under the title ("Mã hồ sơ: ...").
  readonly subtitles: readonly TemplateLine[];
  // A QR code beside the title carrying the dossier code and the lookup URL; null for none.
  readonly qr: { readonly caption: string } | null;
  readonly sections: readonly SectionSpec[];
}

// One circular's forms. Which set applies to a dossier follows from its receipt date (in
// Vietnam), so dossiers received before a new circular keep the forms they were received under.
export interface FormSet {
  readonly id: string;
  readonly legalBasis: string; // 'Thông tư số 01/2018/TT-VPCP'
  readonly validFrom: string; // 'YYYY-MM-DD', first day (Asia/Ho_Chi_Minh) of receipt it covers
  readonly validTo: string | null; // last day it covers, inclusive; null while in force
  // False when the wording or numbering comes from a secondary source and awaits the text.
  readonly isConfirmed: boolean;
  readonly note: string | null;
  readonly forms: readonly FormDefinition[];
}
