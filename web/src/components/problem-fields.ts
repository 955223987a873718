import type { FormInstance } from 'antd';
import type { ApiProblem } from '../api/problem';

// Puts a problem's field errors next to the form fields they name. Returns true when every
// error found its field; otherwise the caller shows the problem as a whole (ProblemAlert).
export function showFieldProblems(
  form: FormInstance,
  problem: ApiProblem,
  fields: readonly string[],
): boolean {
  const known = problem.fieldErrors.filter((error) => fields.includes(error.field));
  form.setFields(
    fields.map((name) => ({
      name,
      errors: known.filter((error) => error.field === name).map((error) => error.message),
    })),
  );
  return known.length > 0 && known.length === problem.fieldErrors.length;
}
