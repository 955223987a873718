// Formats recognised from a file's first bytes ("magic numbers"). Only some are accepted as
// attachments (attachment-types.ts); the others are recognised so a refusal can name what was
// sent (a citizen's iPhone photo is HEIC, a typed form is DOCX) instead of "unknown".
export const FILE_FORMAT_LABELS = {
  pdf: 'PDF',
  jpeg: 'JPEG',
  png: 'PNG',
  tiff: 'TIFF',
  docx: 'DOCX',
  xlsx: 'XLSX',
  pptx: 'PPTX',
  zip: 'ZIP',
  'legacy-office': 'DOC/XLS (Office 97–2003)',
  gif: 'GIF',
  bmp: 'BMP',
  webp: 'WEBP',
  heic: 'HEIC',
  rar: 'RAR',
  '7z': '7Z',
  gzip: 'GZIP',
  exe: 'EXE',
  elf: 'ELF',
  html: 'HTML',
  svg: 'SVG',
} as const;

export type FileFormat = keyof typeof FILE_FORMAT_LABELS;

// The longest look any check needs (HTML after leading blank lines, zip entry names).
export const SIGNATURE_BYTES = 4096;

function startsWith(head: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  return head.length >= offset + bytes.length && bytes.every((byte, index) => head[offset + index] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0));
}

function latin1(head: Uint8Array, start: number, end: number): string {
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1', start, end);
}

// Office Open XML files are zips whose part names give the application away. Only used to name a
// refused file, so a look at the first few kilobytes is enough.
function detectZipFormat(head: Uint8Array): FileFormat {
  const text = latin1(head, 0, SIGNATURE_BYTES);
  if (text.includes('word/')) {
    return 'docx';
  }
  if (text.includes('xl/')) {
    return 'xlsx';
  }
  return text.includes('ppt/') ? 'pptx' : 'zip';
}

// Browsers sniff markup anywhere near the start, so a page hidden behind a BOM or blank lines
// counts as HTML too.
function isHtml(head: Uint8Array): boolean {
  const text = latin1(head, 0, SIGNATURE_BYTES)
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();
  return ['<!doctype html', '<html', '<head', '<body', '<script', '<iframe'].some((tag) =>
    text.startsWith(tag),
  );
}

// An SVG image is XML that may carry scripts.
function isSvg(head: Uint8Array): boolean {
  const text = latin1(head, 0, SIGNATURE_BYTES).trimStart().toLowerCase();
  return text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'));
}

const SIGNATURES: readonly (readonly [FileFormat, (head: Uint8Array) => boolean])[] = [
  // PDF 1.7 (ISO 32000-1) §7.5.2: the file begins with %PDF-; scanners write it at byte 0.
  ['pdf', (head) => startsWith(head, ascii('%PDF-'))],
  ['jpeg', (head) => startsWith(head, [0xff, 0xd8, 0xff])],
  ['png', (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  // TIFF 6.0 §2: byte order 'II' or 'MM', then 42 in that order.
  [
    'tiff',
    (head) => startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]),
  ],
  ['zip', (head) => startsWith(head, [0x50, 0x4b, 0x03, 0x04])],
  ['legacy-office', (head) => startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
  ['gif', (head) => startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))],
  // BITMAPFILEHEADER: 'BM', the size, then four reserved zero bytes.
  ['bmp', (head) => startsWith(head, ascii('BM')) && startsWith(head, [0, 0, 0, 0], 6)],
  ['webp', (head) => startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)],
  [
    'heic',
    (head) =>
      ['ftypheic', 'ftypheix', 'ftypmif1', 'ftypmsf1'].some((brand) => startsWith(head, ascii(brand), 4)),
  ],
  ['rar', (head) => startsWith(head, ascii('Rar!\x1a\x07'))],
  ['7z', (head) => startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])],
  ['gzip', (head) => startsWith(head, [0x1f, 0x8b])],
  ['exe', (head) => startsWith(head, ascii('MZ'))],
  ['elf', (head) => startsWith(head, [0x7f, 0x45, 0x4c, 0x46])],
  ['html', isHtml],
  ['svg', isSvg],
];

// The format the content shows, or undefined when nothing matches (plain text, a truncated
// header, anything unusual): the caller refuses both alike unless the format is accepted.
export function detectFileFormat(head: Uint8Array): FileFormat | undefined {
  const format = SIGNATURES.find(([, matches]) => matches(head))?.[0];
  return format === 'zip' ? detectZipFormat(head) : format;
}
