import { FILE_FORMAT_LABELS, type FileFormat } from './file-signatures';
import { fileTypeUnsupported } from './storage.errors';

const MB = 1024 * 1024;

export interface AttachmentType {
  readonly mime: string;
  // Used to name the file on download; never taken from the uploaded name.
  readonly extension: string;
  readonly label: string;
  readonly maxBytes: number;
}

// What the system accepts: scans of paper documents. A multi-page A4 document scanned at
// 200–300 dpi fits in 20 MB as PDF or TIFF; a phone photo or a single page image in 10 MB.
// Office files (DOCX, XLSX) are refused: telling a DOCX from a macro-enabled DOCM needs the
// archive's directory, which the first bytes of an upload do not reliably contain.
export const ATTACHMENT_TYPES = {
  pdf: { mime: 'application/pdf', extension: 'pdf', label: 'PDF', maxBytes: 20 * MB },
  jpeg: { mime: 'image/jpeg', extension: 'jpg', label: 'JPEG', maxBytes: 10 * MB },
  png: { mime: 'image/png', extension: 'png', label: 'PNG', maxBytes: 10 * MB },
  tiff: { mime: 'image/tiff', extension: 'tif', label: 'TIFF', maxBytes: 20 * MB },
} as const satisfies Partial<Record<FileFormat, AttachmentType>>;

export type AttachmentTypeName = keyof typeof ATTACHMENT_TYPES;

// The default for a dossier's documents; a procedure may narrow it (say, PDF only).
export const SCAN_TYPES = ['pdf', 'jpeg', 'png', 'tiff'] as const satisfies readonly AttachmentTypeName[];

export interface AcceptedAttachmentType extends AttachmentType {
  readonly name: AttachmentTypeName;
}

// The largest file any of these types allows; the per-type limit applies once the type is known.
// Give a multipart parser one byte more (busboy's limits.fileSize): busboy silently truncates at
// its limit, and a file cut at exactly our limit would be stored as if complete.
export function maxBytesOf(accepted: readonly AttachmentTypeName[]): number {
  return Math.max(0, ...accepted.map((name) => ATTACHMENT_TYPES[name].maxBytes));
}

// Pure decision on the format detected from the content (undefined: not recognised).
export function acceptDetectedFormat(
  detected: FileFormat | undefined,
  accepted: readonly AttachmentTypeName[],
): AcceptedAttachmentType {
  const name = accepted.find((candidate) => candidate === detected);
  if (name === undefined) {
    throw fileTypeUnsupported(
      accepted.map((candidate) => ATTACHMENT_TYPES[candidate].label),
      detected && FILE_FORMAT_LABELS[detected],
    );
  }
  return { name, ...ATTACHMENT_TYPES[name] };
}
