import { type TextAlign, type TextRun } from '../domain/form-document';
import { type FontStyle } from './pdf-fonts';
import { ensureSpace, type Frame, LINE_GAP, useFont, widthAt } from './pdf-layout';
import {
  type Fragment,
  layoutParagraph,
  type LineAlign,
  type LineWidth,
  type StyledText,
} from './line-layout';

export interface RunsOptions {
  readonly x: number;
  readonly width: number;
  readonly size: number;
  readonly align: TextAlign;
  readonly isItalic: boolean;
}

// One paragraph of runs at the cursor: literal text in the base style, dossier values bold.
// Lines that do not fit the page continue on a new one.
export function drawRuns(frame: Frame, runs: readonly TextRun[], options: RunsOptions): void {
  const { doc } = frame;
  const styled = runs.map((run) => ({ text: run.text, style: runStyle(run, options.isItalic) }));
  const lineHeight = lineHeightOf(frame, options.size, LINE_GAP);
  const top = doc.y;
  // Full-width paragraphs flow beside the aside; others keep the width they were given.
  const isFullWidth = options.x === frame.left && options.width === frame.width;
  const lineWidth = (index: number): number =>
    isFullWidth ? widthAt(frame, top + index * lineHeight) : options.width;
  for (const fragments of layoutText(frame, styled, lineWidth, options.align, options.size)) {
    ensureSpace(frame, lineHeight);
    const y = doc.y;
    drawFragments(frame, fragments, options.x, y, options.size);
    doc.y = y + lineHeight;
  }
  doc.x = frame.left;
}

export function lineHeightOf(frame: Frame, size: number, gap: number): number {
  useFont(frame, 'regular', size);
  return frame.doc.currentLineHeight(true) + gap;
}

export function layoutText(
  frame: Frame,
  styled: readonly StyledText[],
  lineWidth: LineWidth,
  align: LineAlign,
  size: number,
): Fragment[][] {
  return layoutParagraph(styled, lineWidth, align, (text, style) => measureText(frame, text, style, size));
}

export function drawFragments(
  frame: Frame,
  fragments: readonly Fragment[],
  x: number,
  y: number,
  size: number,
): void {
  for (const fragment of fragments) {
    useFont(frame, fragment.style, size);
    frame.doc.text(fragment.text, x + fragment.x, y, { lineBreak: false });
  }
}

// Text widths depend only on the (fixed) font, the size and the text, and measuring shapes the
// text each time: remembering them makes a form render several times faster.
const widths = new Map<string, number>();
const MAX_REMEMBERED_WIDTHS = 20_000;

function measureText(frame: Frame, text: string, style: FontStyle, size: number): number {
  const key = `${style}|${size}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    useFont(frame, style, size);
    width = frame.doc.widthOfString(text);
    if (widths.size >= MAX_REMEMBERED_WIDTHS) {
      widths.clear();
    }
    widths.set(key, width);
  }
  return width;
}

function runStyle(run: TextRun, isItalic: boolean): FontStyle {
  if (run.isValue) {
    return isItalic ? 'boldItalic' : 'bold';
  }
  return isItalic ? 'italic' : 'regular';
}

// Centred lines in a column, e.g. the letterhead; returns the y below the last line.
export function drawCentredLines(
  frame: Frame,
  lines: readonly { text: string; style: 'regular' | 'bold' | 'italic'; size: number }[],
  x: number,
  width: number,
  y: number,
): number {
  const { doc } = frame;
  doc.y = y;
  for (const line of lines) {
    useFont(frame, line.style, line.size);
    doc.text(line.text, x, doc.y, { width, align: 'center', lineGap: 0.5 });
  }
  return doc.y;
}

// A short horizontal rule centred in a column, as under a letterhead or the national motto.
export function drawRule(frame: Frame, centreX: number, y: number, length: number): void {
  frame.doc
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}
