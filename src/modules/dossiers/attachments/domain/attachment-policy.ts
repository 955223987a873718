import { type FieldError } from '../../../../common';
import { describeStatus, DOSSIER_STATUSES, type DossierStatus, phaseOf } from '../../domain';
import { documentUnknown, fieldsInvalid, notAcceptedNow, purposeForbidden } from './attachment.errors';

export const ATTACHMENT_PURPOSES = ['DOCUMENT', 'SUPPLEMENT', 'RESULT', 'OTHER'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

export const PURPOSE_LABELS = {
  DOCUMENT: 'bản quét thành phần hồ sơ',
  SUPPLEMENT: 'giấy tờ bổ sung',
  RESULT: 'kết quả giải quyết',
  OTHER: 'tệp khác',
} as const satisfies Record<AttachmentPurpose, string>;

export type UploaderKind = 'staff' | 'citizen';

export interface AttachmentRequest {
  readonly purpose: AttachmentPurpose;
  // Which document of the pinned version's published list the file is.
  readonly documentIndex: number | null;
}

// At reception or being handled: the dossier's documents can still change.
const BEFORE_RESULT = DOSSIER_STATUSES.filter((status) => {
  const phase = phaseOf(status);
  return phase === 'RECEPTION' || phase === 'HANDLING';
});
const SUPPLEMENT_REQUESTED = [
  'SUPPLEMENT_REQUESTED_AT_RECEPTION',
  'SUPPLEMENT_REQUESTED',
] as const satisfies readonly DossierStatus[];

// When each kind of file may be attached, by whom. Nothing is attached to a closed dossier
// (not received, withdrawn, stopped, returned): its record is final (Decree 61/2018 art. 5).
// - Staff scan the paper documents at reception (art. 17) or later while handling, and attach
//   supplements handed in at the desk.
// - The result is attached once signed (APPROVED) or issued (RESOLVED), so it is stored in the
//   system before it is returned (art. 20).
// - Other files (a fee receipt, art. 22) until the result is returned.
// - Citizens attach the scans of an online dossier while it waits for the desk's check (Decree
//   45/2020 art. 11: an online dossier is its electronic documents), and answer a supplement
//   request with the missing documents.
export const UPLOAD_WINDOWS = {
  staff: {
    DOCUMENT: BEFORE_RESULT,
    SUPPLEMENT: BEFORE_RESULT,
    RESULT: ['APPROVED', 'RESOLVED'],
    OTHER: [...BEFORE_RESULT, 'RESOLVED'],
  },
  citizen: {
    DOCUMENT: ['SUBMITTED', ...SUPPLEMENT_REQUESTED],
    SUPPLEMENT: SUPPLEMENT_REQUESTED,
    RESULT: [],
    OTHER: [],
  },
} as const satisfies Record<UploaderKind, Record<AttachmentPurpose, readonly DossierStatus[]>>;

const windowOf = (uploader: UploaderKind, purpose: AttachmentPurpose): readonly DossierStatus[] =>
  UPLOAD_WINDOWS[uploader][purpose];

// Checked before a byte of the upload is read: a dossier that takes no file at all from this
// uploader refuses at once.
export function assertOpenForUploads(status: DossierStatus, uploader: UploaderKind): void {
  if (!ATTACHMENT_PURPOSES.some((purpose) => windowOf(uploader, purpose).includes(status))) {
    throw notAcceptedNow(describeStatus(status));
  }
}

export function assertUploadAllowed(
  status: DossierStatus,
  uploader: UploaderKind,
  request: AttachmentRequest,
): void {
  const window = windowOf(uploader, request.purpose);
  if (window.length === 0) {
    throw purposeForbidden(PURPOSE_LABELS[request.purpose]);
  }
  if (!window.includes(status)) {
    throw notAcceptedNow(describeStatus(status), PURPOSE_LABELS[request.purpose]);
  }
}

const SMALLINT_MAX = 32767;

// The form fields of an upload, as strings from multipart/form-data. A scan of a document names
// the document; a result or another file names none; a supplement may name the one it completes.
export function parseAttachmentFields(fields: Readonly<Record<string, string>>): AttachmentRequest {
  const errors: FieldError[] = [];
  const purpose = fields.purpose?.trim();
  if (!ATTACHMENT_PURPOSES.includes(purpose as AttachmentPurpose)) {
    errors.push({
      field: 'purpose',
      message: `purpose phải là một trong ${ATTACHMENT_PURPOSES.join(', ')}.`,
    });
  }
  const rawIndex = fields.documentIndex?.trim() ?? '';
  const documentIndex = rawIndex === '' ? null : Number(rawIndex);
  if (documentIndex !== null && !(/^\d{1,5}$/.test(rawIndex) && documentIndex <= SMALLINT_MAX)) {
    errors.push({ field: 'documentIndex', message: 'documentIndex phải là số nguyên không âm.' });
  }
  if (errors.length > 0) {
    throw fieldsInvalid(errors);
  }
  const checked = purpose as AttachmentPurpose;
  if (checked === 'DOCUMENT' && documentIndex === null) {
    throw fieldsInvalid([
      { field: 'documentIndex', message: 'Bản quét thành phần hồ sơ phải ghi documentIndex.' },
    ]);
  }
  if ((checked === 'RESULT' || checked === 'OTHER') && documentIndex !== null) {
    throw fieldsInvalid([
      {
        field: 'documentIndex',
        message: `Tệp loại ${checked} không gắn với giấy tờ nào (bỏ documentIndex).`,
      },
    ]);
  }
  return { purpose: checked, documentIndex };
}

interface DocumentEntry {
  readonly documentIndex: number;
  readonly digitised: boolean;
}

// The document must be in the pinned version's published list and in the dossier's checklist.
export function assertDocumentKnown(
  documentIndex: number,
  publishedCount: number,
  documents: readonly DocumentEntry[],
): void {
  if (documentIndex >= publishedCount) {
    throw documentUnknown(documentIndex, 'không có trong danh mục giấy tờ đã công bố của thủ tục.');
  }
  if (!documents.some((document) => document.documentIndex === documentIndex)) {
    throw documentUnknown(documentIndex, 'không có trong danh mục giấy tờ của hồ sơ.');
  }
}

// The dossier's checklist with that document marked as scanned (the digitised-share indicator).
export function markDigitised<T extends DocumentEntry>(documents: readonly T[], documentIndex: number): T[] {
  return documents.map((document) =>
    document.documentIndex === documentIndex ? { ...document, digitised: true } : document,
  );
}
