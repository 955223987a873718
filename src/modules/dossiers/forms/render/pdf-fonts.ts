import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';

// DejaVu Serif Condensed from the `dejavu-fonts-ttf` npm package (Bitstream Vera licence plus
// public-domain DejaVu changes; its LICENSE ships beside the TTFs in node_modules): every
// Vietnamese letter with its tone marks, a serif close to the Times of administrative
// documents, condensed so that A5 forms and the register's 13 columns fit. It comes with
// `npm ci`, so no network and no system font is needed, in CI and in the production image.
export const FONT_STYLES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

const FONT_FILES = {
  regular: 'DejaVuSerifCondensed.ttf',
  bold: 'DejaVuSerifCondensed-Bold.ttf',
  italic: 'DejaVuSerifCondensed-Italic.ttf',
  boldItalic: 'DejaVuSerifCondensed-BoldItalic.ttf',
} as const satisfies Record<FontStyle, string>;

export const FONT_PACKAGE = 'dejavu-fonts-ttf';

export function fontPath(style: FontStyle): string {
  return require.resolve(`${FONT_PACKAGE}/ttf/${FONT_FILES[style]}`);
}

let parsed: Record<FontStyle, Font> | null = null;

// Parsed once per process (parsing the four files costs more than drawing a form); pdfkit
// subsets them per document. fontkit caches a glyph with the characters it was first looked
// up with, and subsetting looks up accent components with none: a glyph first met that way
// would later enter a document's text layer without its character, and copied or searched
// text would read "hồ sR". Looking every character up first gives each glyph its character.
export function formFonts(): Record<FontStyle, Font> {
  parsed ??= Object.fromEntries(
    FONT_STYLES.map((style) => {
      const font = create(readFileSync(fontPath(style))) as Font;
      for (const codePoint of font.characterSet) {
        font.glyphForCodePoint(codePoint);
      }
      return [style, font];
    }),
  ) as Record<FontStyle, Font>;
  return parsed;
}

export function registerFormFonts(doc: PDFKit.PDFDocument): void {
  const fonts = formFonts();
  for (const style of FONT_STYLES) {
    // pdfkit 0.20 takes parsed fontkit fonts; its typings list only paths and buffers.
    doc.registerFont(style, fonts[style] as unknown as PDFKit.Mixins.PDFFontSource);
  }
}
