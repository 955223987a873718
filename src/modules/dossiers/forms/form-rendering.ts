import { buildFormDocument } from './domain/build-form-document';
import { invalidFormSet } from './domain/form.errors';
import { type FormDocument } from './domain/form-document';
import { formSelectionInstant, type FormInput } from './domain/form-input';
import { type FormSet } from './domain/form-set';
import { checkFormSets } from './domain/form-set-check';
import { BUILT_IN_FORM_SETS, findFormFor, selectFormSet } from './domain/form-set-selection';
import { renderPdf } from './render/render-pdf';

export interface FormRenderOptions {
  // The sets to choose from; the built-in 2018 and 2025 sets by default.
  readonly formSets?: readonly FormSet[];
}

export function listFormSets(): readonly FormSet[] {
  return BUILT_IN_FORM_SETS;
}

function usableSets(options: FormRenderOptions): readonly FormSet[] {
  const sets = options.formSets ?? BUILT_IN_FORM_SETS;
  const problems = checkFormSets(sets);
  if (problems.length > 0) {
    throw invalidFormSet(sets.map((set) => set.id).join(', '), problems);
  }
  return sets;
}

// The filled form as data (the JSON representation): `form` is a number of the set in force
// on the dossier's receipt day ('01', '1') or a kind ('receipt').
export function renderFormJson(
  form: string,
  input: FormInput,
  options: FormRenderOptions = {},
): FormDocument {
  const set = selectFormSet(formSelectionInstant(input), usableSets(options));
  return buildFormDocument(set, findFormFor(set, form, input.kind), input);
}

export function renderFormPdf(
  form: string,
  input: FormInput,
  options: FormRenderOptions = {},
): Promise<Buffer> {
  return renderPdf(renderFormJson(form, input, options));
}

export { selectFormSet };
