import { type FormBlock, type Signer, type TextRun } from '../domain/form-document';
import { drawTable } from './draw-table';
import { drawRuns } from './draw-text';
import { BLOCK_GAP, clearAside, ensureSpace, type Frame, useFont } from './pdf-layout';

const LIST_INDENT = 14;
// Room left blank for a handwritten signature (and a seal under a head's signature).
const SIGNATURE_SPACE = 38;

export function drawBlock(frame: Frame, block: FormBlock): void {
  const { doc, type } = frame;
  if (block.kind !== 'text') {
    clearAside(frame);
  }
  switch (block.kind) {
    case 'text':
      ensureSpace(frame, type.body * 1.5);
      drawRuns(frame, block.runs, {
        x: frame.left,
        width: frame.width,
        size: type.body,
        align: block.align,
        isItalic: block.isItalic,
      });
      break;
    case 'list':
      drawList(frame, block.heading, block.items, block.emptyText);
      break;
    case 'table':
      if (block.heading !== null) {
        drawRuns(frame, [{ text: block.heading, isValue: false }], paragraph(frame));
        doc.y += 1;
      }
      drawTable(frame, block.columns, block.rows);
      doc.y += BLOCK_GAP;
      break;
    case 'signatures':
      drawSignatures(frame, block.signers);
      break;
    case 'notes':
      drawNotes(frame, block.heading, block.lines);
      break;
  }
  doc.y += BLOCK_GAP / 2;
}

const paragraph = (frame: Frame) =>
  ({ x: frame.left, width: frame.width, size: frame.type.body, align: 'left', isItalic: false }) as const;

function drawList(
  frame: Frame,
  heading: readonly TextRun[],
  items: readonly string[],
  emptyText: string,
): void {
  const { doc, type } = frame;
  ensureSpace(frame, type.body * 3);
  if (items.length === 0) {
    drawRuns(frame, [...heading, { text: ` ${emptyText}`, isValue: false }], paragraph(frame));
    return;
  }
  drawRuns(frame, heading, paragraph(frame));
  items.forEach((item, index) => {
    ensureSpace(frame, type.body * 1.5);
    const y = doc.y;
    useFont(frame, 'regular', type.body);
    doc.text(`${index + 1}.`, frame.left + 4, y, { lineBreak: false });
    doc.y = y;
    drawRuns(frame, [{ text: item, isValue: true }], {
      x: frame.left + 4 + LIST_INDENT,
      width: frame.width - 4 - LIST_INDENT,
      size: type.body,
      align: 'left',
      isItalic: false,
    });
  });
  doc.x = frame.left;
}

// Signers side by side; a lone signer stands in the right half, where Vietnamese documents
// put the signature.
function drawSignatures(frame: Frame, signers: readonly Signer[]): void {
  const { doc, type } = frame;
  doc.y += BLOCK_GAP * 2;
  // Title, hint, the blank space and the name stay together on one page.
  ensureSpace(frame, SIGNATURE_SPACE + type.body * 4.5);
  const top = doc.y;
  const columns = signers.length === 1 ? 2 : signers.length;
  const width = frame.width / columns;
  let bottom = top;
  signers.forEach((signer, index) => {
    const x = frame.left + width * (signers.length === 1 ? 1 : index);
    useFont(frame, 'bold', type.body);
    doc.text(signer.title, x, top, { width, align: 'center' });
    useFont(frame, 'italic', type.note);
    doc.text(signer.hint, x, doc.y, { width, align: 'center' });
    doc.y += SIGNATURE_SPACE;
    if (signer.name !== null) {
      useFont(frame, 'bold', type.body);
      doc.text(signer.name, x, doc.y, { width, align: 'center' });
    }
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = frame.left;
  doc.y = bottom + BLOCK_GAP;
}

function drawNotes(frame: Frame, heading: string | null, lines: readonly (readonly TextRun[])[]): void {
  const { doc, type } = frame;
  doc.y += BLOCK_GAP;
  ensureSpace(frame, type.note * 4);
  const options = {
    x: frame.left,
    width: frame.width,
    size: type.note,
    align: 'justify',
    isItalic: true,
  } as const;
  if (heading !== null) {
    useFont(frame, 'boldItalic', type.note);
    doc.text(heading, frame.left, doc.y, { width: frame.width });
  }
  for (const line of lines) {
    drawRuns(frame, line, options);
  }
}
