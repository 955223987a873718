import { formKindMismatch, formNotFound, formSetNotFound } from './form.errors';
import { FORM_KINDS, type FormDefinition, type FormKind, type FormSet } from './form-set';
import { FORM_SET_2018 } from './form-set-2018';
import { FORM_SET_2025 } from './form-set-2025';
import { formatIsoDate } from './vietnam-time';

export const BUILT_IN_FORM_SETS: readonly FormSet[] = [FORM_SET_2018, FORM_SET_2025];

// The set in force on the dossier's receipt day in Vietnam (validFrom..validTo inclusive).
export function selectFormSet(receivedAt: number, sets: readonly FormSet[] = BUILT_IN_FORM_SETS): FormSet {
  const day = formatIsoDate(receivedAt);
  const set = sets.find(
    (candidate) => candidate.validFrom <= day && (candidate.validTo ?? '9999-12-31') >= day,
  );
  if (set === undefined) {
    throw formSetNotFound(day);
  }
  return set;
}

const isFormKind = (value: string): value is FormKind => (FORM_KINDS as readonly string[]).includes(value);

// A form of a set by its number ('1', '01') or its kind ('receipt'): the API takes either, as
// a desk clerk says "Mẫu 01" while the dossiers service knows it wants the receipt.
export function findForm(set: FormSet, form: string): FormDefinition {
  const definition = isFormKind(form)
    ? set.forms.find((candidate) => candidate.kind === form)
    : /^\d{1,2}$/.test(form)
      ? set.forms.find((candidate) => candidate.number === form.padStart(2, '0'))
      : undefined;
  if (definition === undefined) {
    throw formNotFound(set.id, form);
  }
  return definition;
}

// The form for an input: its kind must be the form's kind ("Mẫu 05" of 2025 is no control sheet).
export function findFormFor(set: FormSet, form: string, kind: FormKind): FormDefinition {
  const definition = findForm(set, form);
  if (definition.kind !== kind) {
    throw formKindMismatch(definition.number, definition.kind, kind);
  }
  return definition;
}
