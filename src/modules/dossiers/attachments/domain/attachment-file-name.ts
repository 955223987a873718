// The name a file is listed and downloaded under. The uploaded name is the client's word: only
// its last path segment is kept (browsers on Windows may send C:\fakepath\...), without control
// or bidirectional-override characters (which can disguise "x\u202Efdp.exe" as "xexe.pdf"), and
// its extension is replaced by the one of the type sniffed from the content.
const MAX_NAME_CHARS = 255; // dossier_attachments.file_name
const FALLBACK_STEM = 'tep-dinh-kem';
// Control (Cc) and invisible format characters (Cf: bidirectional marks and overrides, zero-width
// characters), and what Windows refuses in names.
const UNSAFE = /[\p{Cc}\p{Cf}"*:<>?|]/gu;
const EXTENSION = /\.[\p{L}\p{N}]{1,5}$/u;

export function nameAttachment(declared: string | undefined, extension: string): string {
  const lastSegment = (declared ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = lastSegment.normalize('NFC').replace(UNSAFE, '').trim();
  const stem = cleaned
    .replace(EXTENSION, '')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .replace(/\s+/g, ' ');
  const suffix = `.${extension}`;
  // Code points, not UTF-16 units, so a truncation never splits a character.
  const kept = Array.from(stem || FALLBACK_STEM)
    .slice(0, MAX_NAME_CHARS - suffix.length)
    .join('')
    .trimEnd();
  return `${kept}${suffix}`;
}

// Shared with every other download (report files): one implementation in src/common.
export { asciiFallbackOf, contentDispositionOf } from '../../../../common/content-disposition';
