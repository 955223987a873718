import type { FormInstance } from 'antd';
import type { ApiProblem } from '../../api/problem';

type NamePath = Array<string | number>;

// The API names a field by its path in the body (successors.0.agencyId, periods.1.end,
// documents.2.name); a form list names it ['successors', 0, 'agencyId'].
function namePathOf(field: string): NamePath {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

// The message without the "field: " the server puts in front (the field is shown next to it).
function messageOf(field: string, message: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

// Puts each field error of a problem next to its field, lists included, when the form shows
// that field (`isShown`). Returns true when every error found its field; otherwise the caller
// shows the whole problem (ProblemAlert) by the button.
export function showNestedFieldProblems(
  form: FormInstance,
  problem: ApiProblem,
  isShown: (path: NamePath) => boolean,
): boolean {
  const errors = problem.fieldErrors;
  const placed = errors.map((error) => namePathOf(error.field)).filter(isShown);
  form.setFields(
    placed.map((name) => ({
      name,
      errors: errors
        .filter((error) => error.field === name.join('.'))
        .map((error) => messageOf(error.field, error.message)),
    })),
  );
  return errors.length > 0 && placed.length === errors.length;
}

// A form's top-level fields and lists: a path is shown when its first name is one of them.
export const underFields =
  (names: readonly string[]) =>
  (path: NamePath): boolean =>
    typeof path[0] === 'string' && names.includes(path[0]);
