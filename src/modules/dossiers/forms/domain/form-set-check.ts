import { FORM_FIELDS, isFieldOf } from './form-fields';
import { type FormDefinition, type FormKind, type FormSet, type SectionSpec } from './form-set';
import { LIST_SOURCES_BY_KIND } from './form-tables';
import { templateFields } from './form-templates';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Which table a kind's input can fill.
const TABLE_OWNERS = {
  documents: 'receipt',
  history: 'process-control',
  register: 'register',
} as const satisfies Record<string, FormKind>;

// What is wrong with a form set as data (empty when nothing): a new circular's set is checked
// by the same rules before it can be selected, so a typo in a placeholder fails a test, not a
// citizen's receipt.
export function checkFormSet(set: FormSet): string[] {
  const problems: string[] = [];
  if (!ISO_DATE.test(set.validFrom) || (set.validTo !== null && !ISO_DATE.test(set.validTo))) {
    problems.push('validFrom/validTo phải có dạng YYYY-MM-DD');
  } else if (set.validTo !== null && set.validTo < set.validFrom) {
    problems.push('validTo trước validFrom');
  }
  const numbers = set.forms.map((form) => form.number);
  const kinds = set.forms.map((form) => form.kind);
  if (new Set(numbers).size !== numbers.length) {
    problems.push('trùng số hiệu mẫu');
  }
  if (new Set(kinds).size !== kinds.length) {
    problems.push('trùng loại mẫu');
  }
  for (const form of set.forms) {
    problems.push(...checkForm(form).map((problem) => `mẫu ${form.number}: ${problem}`));
  }
  return problems;
}

function checkForm(form: FormDefinition): string[] {
  const problems: string[] = [];
  if (!/^\d{2}$/.test(form.number)) {
    problems.push(`số hiệu "${form.number}" phải có 2 chữ số`);
  }
  const lines = [...(form.reference === null ? [] : [form.reference]), ...form.subtitles];
  for (const line of lines) {
    problems.push(...checkTemplate(form.kind, line.template, line.when));
  }
  for (const section of form.sections) {
    problems.push(...checkSection(form.kind, section));
  }
  return problems;
}

function checkTemplate(kind: FormKind, template: string, when?: string): string[] {
  const fields = when === undefined ? templateFields(template) : [...templateFields(template), when];
  return fields
    .filter((field) => !isFieldOf(kind, field))
    .map((field) => `trường {${field}} không có trong dữ liệu "${kind}" (${FORM_FIELDS[kind].join(', ')})`);
}

function checkSection(kind: FormKind, section: SectionSpec): string[] {
  switch (section.kind) {
    case 'text':
      return checkTemplate(kind, section.template, section.when);
    case 'list':
      return [
        ...checkTemplate(kind, section.heading),
        ...((LIST_SOURCES_BY_KIND[kind] as readonly string[]).includes(section.source)
          ? []
          : [`danh sách ${section.source} không có trong dữ liệu "${kind}"`]),
      ];
    case 'documents':
    case 'history':
    case 'register':
      return [
        ...(TABLE_OWNERS[section.kind] === kind
          ? []
          : [`bảng ${section.kind} không dùng được cho "${kind}"`]),
        ...checkWidths(section.kind, section.columns),
      ];
    case 'signatures':
      return section.signers.flatMap((signer) =>
        [signer.titleField, signer.nameField]
          .filter((field) => field !== null && !isFieldOf(kind, field))
          .map((field) => `người ký: trường {${field}} không có trong dữ liệu "${kind}"`),
      );
    case 'notes':
      return section.lines.flatMap((line) => checkTemplate(kind, line.template, line.when));
  }
}

function checkWidths(table: string, columns: readonly { width: number }[]): string[] {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  return Math.abs(total - 1) > 0.001
    ? [`bảng ${table}: tổng độ rộng cột là ${total.toFixed(3)}, phải là 1`]
    : [];
}

const MS_PER_DAY = 86_400_000;
const nextDay = (isoDate: string): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + MS_PER_DAY).toISOString().slice(0, 10);

// Every set checked, plus what only the collection can break: overlapping or gapped validity,
// so that exactly one set applies to any receipt day from the first set on.
export function checkFormSets(sets: readonly FormSet[]): string[] {
  const problems = sets.flatMap((set) => checkFormSet(set).map((problem) => `${set.id}: ${problem}`));
  const sorted = [...sets].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  sorted.slice(1).forEach((set, index) => {
    const previous = sorted[index];
    if (previous.validTo === null || previous.validTo >= set.validFrom) {
      problems.push(`${previous.id} và ${set.id} có thời gian áp dụng chồng lên nhau`);
    } else if (nextDay(previous.validTo) !== set.validFrom) {
      problems.push(
        `không có bộ biểu mẫu cho hồ sơ tiếp nhận từ ${nextDay(previous.validTo)} đến trước ${set.validFrom}`,
      );
    }
  });
  if (new Set(sets.map((set) => set.id)).size !== sets.length) {
    problems.push('trùng mã bộ biểu mẫu');
  }
  return problems;
}
