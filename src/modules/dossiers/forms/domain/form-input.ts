// The view models the dossiers service fills to print a form. Instants are epoch milliseconds
// and are printed in Vietnam time whatever the machine's zone. Names are as the citizen gave
// them; the builder normalises them to NFC so a decomposed "Nguyễn" prints as one glyph.

// Decree 61/2018 art. 16 channels, the same values as the catalog's.
export type FormChannel = 'DIRECT' | 'ONLINE' | 'POST';

// How a document was handed in, the same values as the catalog's required-document forms.
export type DocumentForm =
  'ORIGINAL' | 'COPY' | 'CERTIFIED_COPY' | 'ORIGINAL_OR_CERTIFIED_COPY' | 'PRESENT_ORIGINAL';

// Classification of a resolved step or dossier against its due time.
export type TimelinessResult = 'EARLY' | 'ON_TIME' | 'LATE';

// The issuing agency as its letterhead reads: the parent agency (cơ quan chủ quản) above the
// agency's own name, e.g. "UBND TỈNH PHÚ YÊN" / "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG".
export interface AgencyHeading {
  readonly parentName: string | null;
  readonly name: string;
}

export interface ApplicantView {
  readonly name: string;
  // Printed masked whatever is passed (only the last 4 characters show): forms travel on paper.
  readonly idNumber: string | null;
  readonly address: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

export interface ProcedureView {
  readonly name: string;
  readonly code: string | null;
  // The time limit as a citizen reads it: "15 ngày làm việc", "Trong ngày làm việc".
  readonly timeLimitText: string | null;
}

export interface ReceivedDocument {
  readonly name: string;
  readonly form: DocumentForm;
  readonly quantity: number;
}

export interface FeeLine {
  readonly description: string; // "Lệ phí đăng ký khai sinh"
  readonly amountVnd: number | null; // null when the amount is a rule ("miễn lệ phí")
  readonly note: string | null;
}

// What every dossier form shares.
interface DossierFormBase {
  readonly agency: AgencyHeading;
  // The one-stop desk named in the text: "Bộ phận Tiếp nhận và Trả kết quả UBND xã An Phú".
  readonly deskName: string;
  readonly place: string; // địa danh of the place-date line: "Tuy Hòa"
  readonly issuedAt: number; // the date printed on the form
  readonly documentNumber: string | null; // "Số: 15/PTN-TTPVHCC"
  readonly applicant: ApplicantView;
  readonly procedure: ProcedureView;
  readonly channel: FormChannel;
  // When the dossier was handed in; for Mẫu 02/03 at the desk, when it was presented. Also
  // what selects the form set.
  readonly receivedAt: number;
  // The public lookup page; the QR code carries it with the dossier code.
  readonly lookupUrl: string;
}

// Mẫu 01: receipt and appointment.
export interface ReceiptInput extends DossierFormBase {
  readonly kind: 'receipt';
  readonly dossierCode: string;
  readonly appointmentAt: number;
  readonly documents: readonly ReceivedDocument[];
  readonly setCount: number; // số lượng hồ sơ (bộ)
  readonly fees: readonly FeeLine[];
  readonly resultDelivery: string | null; // "Đăng ký nhận kết quả tại: ..."
  readonly registerEntry: { readonly book: string; readonly number: number } | null;
  // The verifier the citizen needs for public tracking, printed only on the citizen's copy.
  readonly lookupSecret: string | null;
  readonly receiverName: string | null;
}

// Mẫu 02: the one complete supplement request (Decree 61/2018 art. 17).
export interface SupplementRequestInput extends DossierFormBase {
  readonly kind: 'supplement-request';
  readonly dossierCode: string | null; // null when asked at the desk before receipt
  readonly items: readonly string[];
  readonly reason: string | null;
  readonly contact: { readonly name: string; readonly phone: string | null } | null;
  readonly guideName: string | null;
}

// Mẫu 03: refusal with reasons.
export interface RefusalInput extends DossierFormBase {
  readonly kind: 'refusal';
  readonly dossierCode: string | null;
  readonly reasons: readonly string[];
  readonly receiverName: string | null;
}

// Mẫu 04: apology and the one new appointment (art. 19.9).
export interface ApologyInput extends DossierFormBase {
  readonly kind: 'apology';
  readonly dossierCode: string;
  readonly appointmentAt: number;
  readonly reason: string;
  readonly newAppointmentAt: number;
  readonly signer: { readonly title: string | null; readonly name: string | null };
}

// The 2025 set's stop notice: the agency stops handling the dossier.
export interface StopNoticeInput extends DossierFormBase {
  readonly kind: 'stop-notice';
  readonly dossierCode: string;
  readonly stoppedAt: number;
  readonly reason: string;
  readonly signer: { readonly title: string | null; readonly name: string | null };
}

export interface HandoverParty {
  readonly unit: string; // agency or unit: "Bộ phận TN&TKQ", "Phòng Tư pháp"
  readonly person: string | null;
}

// One hand-over of the dossier, a row of the process control sheet.
export interface HistoryRow {
  readonly at: number;
  readonly from: HandoverParty;
  readonly to: HandoverParty;
  readonly action: string; // "Chuyển xử lý", "Trình ký"
  readonly stepDueAt: number | null;
  readonly result: TimelinessResult | null; // null while the step is open, or when none closes
  readonly note: string | null;
}

// Mẫu 05: process control sheet.
export interface ProcessControlInput extends DossierFormBase {
  readonly kind: 'process-control';
  readonly dossierCode: string;
  readonly appointmentAt: number;
  readonly dueAt: number;
  readonly resolvingAgencyName: string;
  readonly coordinatingAgencyNames: readonly string[];
  readonly history: readonly HistoryRow[];
}

// One line of the register. `number` runs continuously through the year at one desk.
export interface RegisterRow {
  readonly number: number;
  readonly dossierCode: string;
  readonly procedureName: string;
  readonly setCount: number;
  readonly applicantName: string;
  readonly applicantContact: string | null; // address, phone
  readonly leadAgencyName: string;
  readonly receivedAt: number;
  readonly appointmentAt: number;
  readonly transferredAt: number | null;
  readonly resultReceivedAt: number | null;
  readonly returnedAt: number | null;
  readonly note: string | null;
}

// Mẫu 06: a page range of one desk's register for one year.
export interface RegisterInput {
  readonly kind: 'register';
  readonly agency: AgencyHeading;
  readonly deskName: string;
  readonly place: string;
  readonly issuedAt: number;
  readonly year: number;
  readonly book: string | null; // quyển số
  // First instant the printed rows cover; selects the form set.
  readonly periodFrom: number;
  readonly rows: readonly RegisterRow[];
}

export type DossierFormInput =
  ReceiptInput | SupplementRequestInput | RefusalInput | ApologyInput | StopNoticeInput | ProcessControlInput;

export type FormInput = DossierFormInput | RegisterInput;

// The instant that chooses the form set: the dossier's receipt, or the register's period.
export function formSelectionInstant(input: FormInput): number {
  return input.kind === 'register' ? input.periodFrom : input.receivedAt;
}
