// Vietnamese search text. The database compares f_unaccent(lower(name)) (see the catalog
// migration); this is the same folding on the query side, so "Đăng ký" and "dang ky" meet.

export const MAX_SEARCH_WORDS = 8;
const MAX_WORD_LENGTH = 40;

export interface SearchQuery {
  // The whole query folded: lower case, no diacritics, single spaces.
  readonly folded: string;
  // Its words, letters and digits only, for the full-text part (every word must appear).
  readonly words: readonly string[];
  // A code-like query (1.001193, DEMO.00012, 2.000815.000.00.00.H55), matched by prefix.
  readonly codePrefix: string | null;
}

export function foldVietnamese(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

export function parseSearchQuery(text: string): SearchQuery | null {
  const trimmed = text.trim();
  const folded = foldVietnamese(trimmed)
    .replace(/[^a-z0-9.\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = folded
    .split(' ')
    .flatMap((word) => word.split(/[.-]/))
    .filter((word) => word !== '')
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) {
    return null;
  }
  const codePrefix = /^[a-z0-9]+([.-][a-z0-9]+)+$/.test(folded) && /\d/.test(folded) ? trimmed : null;
  return { folded, words, codePrefix };
}

// PostgreSQL tsquery text: every word, the last one also as a prefix ("khai sin" while typing).
// Words are [a-z0-9]+ here, so nothing in them can be tsquery syntax.
export function toPrefixTsQuery(words: readonly string[]): string {
  return words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(' & ');
}
