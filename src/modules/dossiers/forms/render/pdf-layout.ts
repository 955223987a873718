import { type PaperSize } from '../domain/form-set';
import { type FontStyle } from './pdf-fonts';

// Type sizes in points per paper: an A5 form in the proportions of the 13–14 pt A4 documents
// of Decree 30/2020, and the A4 register small enough for its 13 columns.
export interface Typography {
  readonly header: number;
  readonly title: number;
  readonly body: number;
  readonly table: number;
  readonly note: number;
  readonly footer: number;
  readonly qrSize: number;
}

export const TYPOGRAPHY = {
  A5: { header: 8.5, title: 11.5, body: 9, table: 7.5, note: 7, footer: 6.5, qrSize: 56 },
  A4: { header: 9.5, title: 13, body: 10, table: 7, note: 8, footer: 7, qrSize: 72 },
} as const satisfies Record<PaperSize, Typography>;

// Margins in points (top, right, bottom, left); the bottom one leaves room for the footer.
export const MARGINS = {
  A5: { top: 26, right: 26, bottom: 32, left: 34 },
  A4: { top: 30, right: 30, bottom: 36, left: 36 },
} as const satisfies Record<PaperSize, { top: number; right: number; bottom: number; left: number }>;

export const LINE_GAP = 1;
export const BLOCK_GAP = 3;

// A region at the right edge of one page (the QR code) that text flows beside down to `bottom`.
export interface Aside {
  readonly page: PDFKit.PDFPage;
  readonly bottom: number;
  readonly width: number;
}

// Where drawing happens: the document, the text column, the type sizes and the aside.
export interface Frame {
  readonly doc: PDFKit.PDFDocument;
  readonly left: number;
  readonly width: number;
  readonly type: Typography;
  aside: Aside | null;
}

// The text column's width at height y: narrower beside the aside.
export function widthAt(frame: Frame, y: number): number {
  const { aside } = frame;
  return aside !== null && frame.doc.page === aside.page && y < aside.bottom
    ? frame.width - aside.width
    : frame.width;
}

// Moves the cursor below the aside, for blocks that need the full width (tables, signatures).
export function clearAside(frame: Frame): void {
  if (widthAt(frame, frame.doc.y) < frame.width && frame.aside !== null) {
    frame.doc.y = frame.aside.bottom;
  }
}

export function useFont(frame: Frame, style: FontStyle, size: number): void {
  frame.doc.font(style).fontSize(size);
}

export function pageBottom(frame: Frame): number {
  return frame.doc.page.height - frame.doc.page.margins.bottom;
}

// Starts a new page when `height` points do not fit below the cursor.
export function ensureSpace(frame: Frame, height: number): void {
  if (frame.doc.y + height > pageBottom(frame)) {
    frame.doc.addPage();
  }
}
