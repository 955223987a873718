import { type TableColumn } from '../domain/form-document';
import { type FontStyle } from './pdf-fonts';
import { drawFragments, layoutText, lineHeightOf } from './draw-text';
import { type Fragment } from './line-layout';
import { type Frame, pageBottom } from './pdf-layout';

const PADDING = 2.5;
const BORDER = 0.5;
const CELL_LINE_GAP = 0.5;

interface LaidRow {
  readonly cells: readonly Fragment[][][]; // per cell, its lines
  readonly height: number;
}

// A bordered table at the cursor. A row that does not fit goes to a new page, where the header
// row is repeated (a 40-step control sheet or a month of the register spans pages).
export function drawTable(
  frame: Frame,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): void {
  const { doc } = frame;
  const widths = columns.map((column) => column.width * frame.width);
  const header = layRow(
    frame,
    columns,
    widths,
    columns.map((column) => column.header),
    'bold',
  );
  drawRow(frame, widths, header);
  for (const cells of rows) {
    const row = layRow(frame, columns, widths, cells, 'regular');
    if (doc.y + row.height > pageBottom(frame)) {
      doc.addPage();
      drawRow(frame, widths, header);
    }
    drawRow(frame, widths, row);
  }
  doc.x = frame.left;
}

function layRow(
  frame: Frame,
  columns: readonly TableColumn[],
  widths: readonly number[],
  cells: readonly string[],
  style: FontStyle,
): LaidRow {
  const size = frame.type.table;
  const laid = cells.map((cell, index) =>
    layoutText(
      frame,
      [{ text: cell, style }],
      () => widths[index] - 2 * PADDING,
      style === 'bold' ? 'center' : columns[index].align,
      size,
    ),
  );
  const lineHeight = lineHeightOf(frame, size, CELL_LINE_GAP);
  const lineCount = Math.max(1, ...laid.map((lines) => lines.length));
  return { cells: laid, height: lineCount * lineHeight + 2 * PADDING };
}

function drawRow(frame: Frame, widths: readonly number[], row: LaidRow): void {
  const { doc } = frame;
  const top = doc.y;
  const size = frame.type.table;
  const lineHeight = lineHeightOf(frame, size, CELL_LINE_GAP);
  let x = frame.left;
  row.cells.forEach((lines, index) => {
    doc.lineWidth(BORDER).rect(x, top, widths[index], row.height).stroke();
    lines.forEach((fragments, lineIndex) => {
      drawFragments(frame, fragments, x + PADDING, top + PADDING + lineIndex * lineHeight, size);
    });
    x += widths[index];
  });
  doc.x = frame.left;
  doc.y = top + row.height;
}
