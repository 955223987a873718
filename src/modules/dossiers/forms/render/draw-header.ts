import { create as createQr } from 'qrcode';
import { type FormDocument } from '../domain/form-document';
import { drawCentredLines, drawFragments, drawRule, drawRuns, layoutText, lineHeightOf } from './draw-text';
import { type Fragment } from './line-layout';
import { BLOCK_GAP, type Frame, useFont, widthAt } from './pdf-layout';

// The share of the width the letterhead takes; the national motto has the rest.
const LETTERHEAD_SHARE = 0.42;

// Letterhead (left) and national name and motto (right), as Decree 30/2020 lays them out.
export function drawHeader(frame: Frame, model: FormDocument): void {
  const { doc, type } = frame;
  const top = doc.y;
  const leftWidth = frame.width * LETTERHEAD_SHARE;
  const rightX = frame.left + leftWidth;
  const rightWidth = frame.width - leftWidth;

  const agencyLines = model.header.agencyLines.map((text, index, all) => ({
    text,
    style: index === all.length - 1 ? ('bold' as const) : ('regular' as const),
    size: type.header,
  }));
  let leftBottom = drawCentredLines(frame, agencyLines, frame.left, leftWidth, top);
  drawRule(frame, frame.left + leftWidth / 2, leftBottom + 1.5, leftWidth * 0.35);
  if (model.header.reference !== null) {
    doc.y = leftBottom + 5;
    drawRuns(frame, model.header.reference, {
      x: frame.left,
      width: leftWidth,
      size: type.header,
      align: 'center',
      isItalic: false,
    });
    leftBottom = doc.y;
  }

  let rightBottom = drawCentredLines(
    frame,
    [
      { text: model.header.nationalName, style: 'bold', size: type.header },
      { text: model.header.motto, style: 'bold', size: type.header + 0.5 },
    ],
    rightX,
    rightWidth,
    top,
  );
  useFont(frame, 'bold', type.header + 0.5);
  drawRule(frame, rightX + rightWidth / 2, rightBottom + 1.5, doc.widthOfString(model.header.motto));
  if (model.header.placeDate !== null) {
    rightBottom = drawCentredLines(
      frame,
      [{ text: model.header.placeDate, style: 'italic', size: type.header }],
      rightX,
      rightWidth,
      rightBottom + 5,
    );
  }
  doc.x = frame.left;
  doc.y = Math.max(leftBottom, rightBottom) + 8;
}

// Title in capitals and its subtitle lines; the QR code stands at the right edge and the
// title and the first lines of the body flow beside it.
export function drawTitle(frame: Frame, model: FormDocument): void {
  const { doc, type } = frame;
  const top = doc.y;
  if (model.qr !== null) {
    const bottom = drawQr(frame, model.qr, frame.left + frame.width - type.qrSize, top);
    // Clear of the QR code by more than the 4-module quiet zone scanners need.
    frame.aside = { page: doc.page, bottom: bottom + 4, width: type.qrSize + 10 };
  }
  const width = widthAt(frame, top);
  const lineHeight = lineHeightOf(frame, type.title, 1);
  balancedLines(frame, model.title.toUpperCase(), width).forEach((fragments, index) => {
    drawFragments(frame, fragments, frame.left, top + index * lineHeight, type.title);
    doc.y = top + (index + 1) * lineHeight;
  });
  doc.y += 1;
  for (const line of model.subtitles) {
    drawRuns(frame, line, {
      x: frame.left,
      width: frame.width,
      size: type.body,
      align: 'center',
      isItalic: false,
    });
  }
  doc.x = frame.left;
  doc.y += BLOCK_GAP * 2;
}

// A title that wraps is set in lines of even length (no lone word on its second line), the
// narrowest width that keeps the line count, centred in the full width.
function balancedLines(frame: Frame, title: string, width: number): Fragment[][] {
  const lay = (lineWidth: number) =>
    layoutText(frame, [{ text: title, style: 'bold' }], () => lineWidth, 'center', frame.type.title);
  const lineCount = lay(width).length;
  let narrow = width;
  for (
    let candidate = width - 4;
    candidate > width / 2 && lay(candidate).length === lineCount;
    candidate -= 4
  ) {
    narrow = candidate;
  }
  const offset = (width - narrow) / 2;
  return lay(narrow).map((fragments) =>
    fragments.map((fragment) => ({ ...fragment, x: fragment.x + offset })),
  );
}

// The QR code as vector squares (sharp at any zoom or printer), with its caption below;
// returns the y below the caption.
function drawQr(frame: Frame, qr: { payload: string; caption: string }, x: number, y: number): number {
  const { doc, type } = frame;
  const modules = createQr(qr.payload, { errorCorrectionLevel: 'M' }).modules;
  const cell = type.qrSize / modules.size;
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) {
        doc.rect(x + column * cell, y + row * cell, cell, cell);
      }
    }
  }
  doc.fillColor('black').fill();
  useFont(frame, 'italic', type.footer);
  doc.text(qr.caption, x - 12, y + type.qrSize + 2, { width: type.qrSize + 12, align: 'right' });
  return doc.y;
}
