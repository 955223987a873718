import type { FormInstance } from 'antd';
import type { ApiProblem } from '../../api/problem';

type NamePath = Array<string | number>;

// The API names a field by its path in the body, dotted by the request validation
// (successors.0.agencyId, periods.1.end) and bracketed by the domain rules (route[1].task);
// a form list names it ['successors', 0, 'agencyId'].
function namePathOf(field: string): NamePath {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

// The message without the "field: " the server puts in front (the field is shown next to it).
function messageOf(field: string, message: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

// Puts each field error of a problem next to the form field `placeOf` gives for its path (null:
// not shown by this form); several paths may land on one field. Returns true when every error
// found a field; otherwise the caller shows the whole problem (ProblemAlert) by the button.
export function showMappedFieldProblems(
  form: FormInstance,
  problem: ApiProblem,
  placeOf: (path: NamePath) => NamePath | null,
): boolean {
  const errors = problem.fieldErrors.map((error) => ({
    at: placeOf(namePathOf(error.field)),
    message: messageOf(error.field, error.message),
  }));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const { at, message } of errors) {
    if (at !== null) {
      const key = JSON.stringify(at);
      const entry = byField.get(key) ?? { name: at, errors: [] };
      entry.errors.push(message);
      byField.set(key, entry);
    }
  }
  form.setFields([...byField.values()]);
  return errors.length > 0 && errors.every((error) => error.at !== null);
}

// As showMappedFieldProblems, for forms whose field names are the API's paths (`isShown` says
// which of them the form has).
export function showNestedFieldProblems(
  form: FormInstance,
  problem: ApiProblem,
  isShown: (path: NamePath) => boolean,
): boolean {
  return showMappedFieldProblems(form, problem, (path) => (isShown(path) ? path : null));
}

// A form's top-level fields and lists: a path is shown when its first name is one of them.
export const underFields =
  (names: readonly string[]) =>
  (path: NamePath): boolean =>
    typeof path[0] === 'string' && names.includes(path[0]);
