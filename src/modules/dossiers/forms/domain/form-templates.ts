import { type FieldName } from './form-fields';
import { type TextRun } from './form-document';

// What a paper form shows where a value is missing: the dotted line to fill by hand.
export const BLANK = '..........';

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

type Values = Partial<Record<FieldName, string | null>>;

// The field names a template uses, in order.
export function templateFields(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

export function hasValue(values: Values, field: FieldName): boolean {
  const value = values[field];
  return value !== undefined && value !== null && value.trim() !== '';
}

// "Tiếp nhận hồ sơ của: {applicantName}" → [literal, value]. A missing value prints as dots.
export function fillTemplate(template: string, values: Values): TextRun[] {
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > cursor) {
      runs.push({ text: template.slice(cursor, match.index), isValue: false });
    }
    const field = match[1] as FieldName;
    runs.push(
      hasValue(values, field)
        ? { text: values[field] as string, isValue: true }
        : { text: BLANK, isValue: false },
    );
    cursor = match.index + match[0].length;
  }
  if (cursor < template.length) {
    runs.push({ text: template.slice(cursor), isValue: false });
  }
  return runs;
}

export function runsText(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

// Every string of a model in Unicode NFC: text typed with combining marks (some Vietnamese
// keyboards) would otherwise print its tone marks as separate, misplaced glyphs.
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') {
    return value.normalize('NFC') as T;
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => normalizeStrings(item)) as T;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, normalizeStrings(item as unknown)]),
    ) as T;
  }
  return value;
}
