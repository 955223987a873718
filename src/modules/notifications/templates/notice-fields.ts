// What a template reads from a delivery's params, declared once: the same declaration checks the
// stored JSON at render time and gives the TypeScript type the relay writes against.
//   text     non-empty string          instant  ISO-8601 instant with its offset or Z
//   list     array of non-empty strings   count  non-negative integer
// A trailing '?' makes the field optional (absent or null). Keys a template does not declare are
// ignored, so an event's payload may be spread into the params.
export type FieldKind = 'text' | 'text?' | 'instant' | 'instant?' | 'list?' | 'count?';
export type FieldSchema = Readonly<Record<string, FieldKind>>;

type ValueOf<K extends FieldKind> = K extends 'list?'
  ? readonly string[]
  : K extends 'count?'
    ? number
    : string;
type RequiredKeys<S extends FieldSchema> = { [P in keyof S]: S[P] extends `${string}?` ? never : P }[keyof S];
type OptionalKeys<S extends FieldSchema> = Exclude<keyof S, RequiredKeys<S>>;

export type ParamsOf<S extends FieldSchema> = { readonly [P in RequiredKeys<S>]: ValueOf<S[P]> } & {
  readonly [P in OptionalKeys<S>]?: ValueOf<S[P]> | null;
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function problemOf(kind: FieldKind, value: unknown): string | null {
  if (value === undefined || value === null) {
    return kind.endsWith('?') ? null : 'is required';
  }
  switch (kind) {
    case 'text':
    case 'text?':
      return typeof value === 'string' && value.trim() !== '' ? null : 'must be a non-empty string';
    case 'instant':
    case 'instant?':
      return typeof value === 'string' && INSTANT.test(value) ? null : 'must be an ISO-8601 instant';
    case 'list?':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
        ? null
        : 'must be a list of non-empty strings';
    case 'count?':
      return Number.isInteger(value) && (value as number) >= 0 ? null : 'must be a non-negative integer';
  }
}

// The problems of `params` against `schema`, as 'field: reason' (names only, never values: a
// value may hold personal data and the result is stored as the delivery's last error).
export function checkParams(schema: FieldSchema, params: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(schema).flatMap(([field, kind]) => {
    const problem = problemOf(kind, params[field]);
    return problem ? [`${field} ${problem}`] : [];
  });
}
