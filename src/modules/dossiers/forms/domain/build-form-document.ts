import { formKindMismatch, invalidFormInput, invalidFormSet } from './form.errors';
import { type FieldName, fieldValues } from './form-fields';
import { type DocumentHeader, type FormBlock, type FormDocument, type TableColumn } from './form-document';
import { type FormInput } from './form-input';
import {
  type FormDefinition,
  type FormSet,
  type SectionSpec,
  type TableColumnSpec,
  type TemplateLine,
} from './form-set';
import { documentCell, historyCell, listItems, registerCell } from './form-tables';
import { fillTemplate, hasValue, normalizeStrings } from './form-templates';
import { buildLookupQrPayload } from './lookup-qr';
import { assertContinuousRegister } from './register-numbering';
import { formatPlaceDate } from './vietnam-time';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

type Values = Partial<Record<FieldName, string | null>>;

// The filled form: the definition's layout with the input's values, ready to render or serve.
export function buildFormDocument(set: FormSet, definition: FormDefinition, input: FormInput): FormDocument {
  if (definition.kind !== input.kind) {
    throw formKindMismatch(definition.number, definition.kind, input.kind);
  }
  if (input.kind === 'register') {
    assertContinuousRegister(input.year, input.rows);
  }
  const values = fieldValues(input);
  const dossierCode = input.kind === 'register' ? null : input.dossierCode;
  return normalizeStrings<FormDocument>({
    formSetId: set.id,
    legalBasis: set.legalBasis,
    formNumber: definition.number,
    kind: definition.kind,
    paper: definition.paper,
    header: buildHeader(definition, input, values),
    title: definition.title,
    subtitles: includedLines(definition.subtitles, values).map((line) => fillTemplate(line.template, values)),
    qr:
      definition.qr === null || dossierCode === null || input.kind === 'register'
        ? null
        : { payload: buildLookupQrPayload(dossierCode, input.lookupUrl), caption: definition.qr.caption },
    blocks: definition.sections.flatMap((section) => buildBlock(set, section, input, values)),
    dossierCode,
    issuedAt: input.issuedAt,
  });
}

function buildHeader(definition: FormDefinition, input: FormInput, values: Values): DocumentHeader {
  if (input.agency.name.trim() === '') {
    throw invalidFormInput('agency.name', 'Thiếu tên cơ quan.');
  }
  const agencyLines = [input.agency.parentName, input.agency.name]
    .filter((line): line is string => line !== null && line.trim() !== '')
    .map((line) => line.toUpperCase());
  return {
    agencyLines,
    reference: definition.reference === null ? null : fillTemplate(definition.reference.template, values),
    nationalName: NATIONAL_NAME,
    motto: NATIONAL_MOTTO,
    placeDate: definition.hasPlaceDate ? formatPlaceDate(input.place, input.issuedAt) : null,
  };
}

function includedLines(lines: readonly TemplateLine[], values: Values): TemplateLine[] {
  return lines.filter((line) => line.when === undefined || hasValue(values, line.when));
}

function tableColumns<Key extends string>(columns: readonly TableColumnSpec<Key>[]): TableColumn[] {
  return columns.map((column) => ({
    header: column.header,
    width: column.width,
    align: column.align ?? 'left',
  }));
}

function buildBlock(set: FormSet, section: SectionSpec, input: FormInput, values: Values): FormBlock[] {
  switch (section.kind) {
    case 'text':
      return includedLines([section], values).map((line) => ({
        kind: 'text',
        runs: fillTemplate(line.template, values),
        align: section.align ?? 'left',
        isItalic: section.isItalic ?? false,
      }));
    case 'list': {
      const items = listItems(section.source, input);
      if (items === null) {
        throw invalidFormSet(set.id, [`mẫu "${input.kind}" không có danh sách ${section.source}`]);
      }
      return [
        { kind: 'list', heading: fillTemplate(section.heading, values), items, emptyText: section.emptyText },
      ];
    }
    case 'documents':
      return [
        tableBlock(set, section.heading, section.columns, input, 'receipt', (column, rowInput) =>
          rowInput.kind === 'receipt'
            ? rowInput.documents.map((doc, index) => documentCell(column, doc, index))
            : [],
        ),
      ];
    case 'history':
      return [
        tableBlock(set, null, section.columns, input, 'process-control', (column, rowInput) =>
          rowInput.kind === 'process-control' ? rowInput.history.map((row) => historyCell(column, row)) : [],
        ),
      ];
    case 'register':
      return [
        tableBlock(set, null, section.columns, input, 'register', (column, rowInput) =>
          rowInput.kind === 'register' ? rowInput.rows.map((row) => registerCell(column, row)) : [],
        ),
      ];
    case 'signatures':
      return [
        {
          kind: 'signatures',
          signers: section.signers.map((signer) => ({
            title:
              signer.titleField !== null && hasValue(values, signer.titleField)
                ? (values[signer.titleField] as string)
                : signer.title,
            hint: signer.hint,
            name:
              signer.nameField !== null && hasValue(values, signer.nameField)
                ? (values[signer.nameField] as string)
                : null,
          })),
        },
      ];
    case 'notes':
      return [
        {
          kind: 'notes',
          heading: section.heading,
          lines: includedLines(section.lines, values).map((line) => fillTemplate(line.template, values)),
        },
      ];
  }
}

// A table whose rows come from one input kind; columns are data, cells are built per column
// (each `cells` call returns the column's cells for every row) and transposed into rows.
function tableBlock<Key extends string>(
  set: FormSet,
  heading: string | null,
  columns: readonly TableColumnSpec<Key>[],
  input: FormInput,
  kind: FormInput['kind'],
  cells: (column: Key, input: FormInput) => string[],
): FormBlock {
  if (input.kind !== kind) {
    throw invalidFormSet(set.id, [`bảng của mẫu "${kind}" không dùng được cho "${input.kind}"`]);
  }
  const byColumn = columns.map((column) => cells(column.key, input));
  const rowCount = byColumn[0]?.length ?? 0;
  const rows = Array.from({ length: rowCount }, (_, rowIndex) => byColumn.map((column) => column[rowIndex]));
  return { kind: 'table', heading, columns: tableColumns(columns), rows };
}
