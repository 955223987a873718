import { type FontStyle } from './pdf-fonts';

// Line breaking for paragraphs that mix styles (literal text regular, dossier values bold).
// pdfkit's `continued` text loses the space after a bold run and misplaces centred and
// justified mixed runs, so the forms lay their lines out here and draw each fragment at its x.

export interface StyledText {
  readonly text: string;
  readonly style: FontStyle;
}

export interface Fragment extends StyledText {
  readonly x: number; // from the paragraph's left edge
}

export type Measure = (text: string, style: FontStyle) => number;
export type LineAlign = 'left' | 'center' | 'right' | 'justify';
// The width of each line by its index: lines beside the QR code are narrower.
export type LineWidth = (lineIndex: number) => number;

// A word as printed: pieces with no space between them (a bold code followed by a period).
interface Word {
  readonly pieces: StyledText[];
  readonly spaceBefore: boolean;
  readonly hardBreakBefore: boolean;
}

function splitWords(runs: readonly StyledText[]): Word[] {
  const words: Word[] = [];
  let pendingSpace = false;
  let pendingBreak = false;
  for (const run of runs) {
    for (const token of run.text.split(/(\n|[^\S\n]+)/)) {
      if (token === '\n') {
        pendingBreak = true;
      } else if (/^\s+$/.test(token)) {
        pendingSpace = true;
      } else if (token !== '') {
        const last = words.at(-1);
        if (last !== undefined && !pendingSpace && !pendingBreak) {
          last.pieces.push({ text: token, style: run.style });
        } else {
          words.push({
            pieces: [{ text: token, style: run.style }],
            spaceBefore: pendingSpace,
            hardBreakBefore: pendingBreak,
          });
        }
        pendingSpace = false;
        pendingBreak = false;
      }
    }
  }
  return words;
}

// A word wider than the line (a long URL) is cut into pieces that fit.
function fitWord(word: Word, width: number, measure: Measure): Word[] {
  const wordWidth = word.pieces.reduce((sum, piece) => sum + measure(piece.text, piece.style), 0);
  if (wordWidth <= width || word.pieces.length !== 1) {
    return [word];
  }
  const [piece] = word.pieces;
  const parts: Word[] = [];
  let current = '';
  for (const character of piece.text) {
    if (current !== '' && measure(current + character, piece.style) > width) {
      parts.push({
        pieces: [{ text: current, style: piece.style }],
        spaceBefore: parts.length === 0 && word.spaceBefore,
        hardBreakBefore: parts.length === 0 && word.hardBreakBefore,
      });
      current = '';
    }
    current += character;
  }
  parts.push({
    pieces: [{ text: current, style: piece.style }],
    spaceBefore: parts.length === 0 && word.spaceBefore,
    hardBreakBefore: parts.length === 0 && word.hardBreakBefore,
  });
  return parts;
}

interface Line {
  readonly words: Word[];
  readonly isLastOfParagraph: boolean;
}

function breakLines(words: readonly Word[], widthAt: LineWidth, measure: Measure): Line[] {
  const lines: Line[] = [];
  let current: Word[] = [];
  let used = 0;
  const wordWidth = (word: Word) =>
    word.pieces.reduce((sum, piece) => sum + measure(piece.text, piece.style), 0);
  for (const word of words) {
    const space = current.length > 0 && word.spaceBefore ? measure(' ', word.pieces[0].style) : 0;
    const needed = space + wordWidth(word);
    if (current.length > 0 && (word.hardBreakBefore || used + needed > widthAt(lines.length))) {
      lines.push({ words: current, isLastOfParagraph: word.hardBreakBefore });
      current = [];
      used = 0;
    }
    current.push(word);
    used += current.length === 1 ? wordWidth(word) : needed;
  }
  if (current.length > 0) {
    lines.push({ words: current, isLastOfParagraph: true });
  }
  return lines;
}

// Fragments of one line: consecutive pieces of one style merge (fewer text operators, and
// text extraction reads whole phrases); a justified line keeps one fragment per piece.
function placeLine(line: Line, width: number, align: LineAlign, measure: Measure): Fragment[] {
  const gaps = line.words.slice(1).filter((word) => word.spaceBefore).length;
  const natural = line.words.reduce(
    (sum, word, index) =>
      sum +
      (index > 0 && word.spaceBefore ? measure(' ', word.pieces[0].style) : 0) +
      word.pieces.reduce((total, piece) => total + measure(piece.text, piece.style), 0),
    0,
  );
  const isJustified = align === 'justify' && !line.isLastOfParagraph && gaps > 0;
  const extra = isJustified ? (width - natural) / gaps : 0;
  let x = align === 'center' ? (width - natural) / 2 : align === 'right' ? width - natural : 0;
  const fragments: Fragment[] = [];
  line.words.forEach((word, index) => {
    const hasSpace = index > 0 && word.spaceBefore;
    word.pieces.forEach((piece, pieceIndex) => {
      const spaced = hasSpace && pieceIndex === 0;
      const last = fragments.at(-1);
      // The space is drawn at the end of the fragment before it, so that copied or extracted
      // text keeps its words apart; the next fragment's x does not depend on it.
      const before = spaced && last !== undefined ? { ...last, text: `${last.text} ` } : last;
      if (before !== undefined && before !== last) {
        fragments[fragments.length - 1] = before;
      }
      if (spaced) {
        x += measure(' ', piece.style) + extra;
      }
      if (!isJustified && before !== undefined && before.style === piece.style) {
        fragments[fragments.length - 1] = { ...before, text: `${before.text}${piece.text}` };
      } else {
        fragments.push({ text: piece.text, style: piece.style, x });
      }
      x += measure(piece.text, piece.style);
    });
  });
  return fragments;
}

export function layoutParagraph(
  runs: readonly StyledText[],
  widthAt: LineWidth,
  align: LineAlign,
  measure: Measure,
): Fragment[][] {
  const words = splitWords(runs).flatMap((word) => fitWord(word, widthAt(0), measure));
  return breakLines(words, widthAt, measure).map((line, index) =>
    placeLine(line, widthAt(index), align, measure),
  );
}
