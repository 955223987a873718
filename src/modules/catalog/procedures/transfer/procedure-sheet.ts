import { AGENCY_KINDS, type AgencyKind } from '../../agencies/domain/agency-kinds';
import {
  type Fee,
  type Implementation,
  type ProcedureContent,
  type RequiredDocument,
  type RouteStep,
} from '../domain/procedure-content';
import { isCatalogCode, isNationalCode } from '../domain/procedure-codes';
import {
  CHANNELS,
  DOCUMENT_FORMS,
  FEE_KINDS,
  IMPLEMENTING_LEVELS,
  isOneOf,
  ONLINE_MODES,
  PROCEDURE_STATUSES,
  type ProcedureStatus,
  SERVICE_LEVELS,
  TIME_UNITS,
} from '../domain/procedure-vocabulary';

// The spreadsheet layout of the catalog, the same for CSV and XLSX (first sheet, "ThuTuc"):
// one row per procedure, headers as in the national procedure database's export where one
// exists. Lists are one entry per line inside the cell, an entry's fields separated by " | ".
// README "Procedure catalog" documents each column; this file is the single definition.
export const SHEET_NAME = 'ThuTuc';
export const FIELD_SEPARATOR = ' | ';

export const COLUMNS = {
  code: 'Mã thủ tục',
  nationalCode: 'Mã TTHC quốc gia',
  onlineVariantCodes: 'Mã dịch vụ công trực tuyến',
  name: 'Tên thủ tục',
  sectorCode: 'Mã lĩnh vực',
  implementations: 'Cấp thực hiện',
  serviceLevel: 'Mức độ DVCTT',
  onlineMode: 'Hình thức DVCTT',
  fullyOnlineEligible: 'Đủ điều kiện toàn trình',
  channels: 'Cách thức thực hiện',
  documents: 'Thành phần hồ sơ',
  fees: 'Phí, lệ phí',
  route: 'Quy trình liên thông',
  resultType: 'Kết quả thực hiện',
  resultElectronic: 'Kết quả điện tử',
  legalBasis: 'Căn cứ pháp lý',
  applicants: 'Đối tượng thực hiện',
  publicationDecision: 'Quyết định công bố',
  status: 'Trạng thái',
  effectiveFrom: 'Ngày hiệu lực',
  isDemo: 'Dữ liệu minh họa',
} as const;
export type ColumnKey = keyof typeof COLUMNS;
export const HEADERS: readonly string[] = Object.values(COLUMNS);
const OPTIONAL_HEADERS: readonly string[] = [COLUMNS.isDemo];

// A row as read: content whose sector is a code and whose agencies are seed keys or kinds.
export interface SheetProcedure {
  readonly code: string;
  readonly nationalCode: string | null;
  readonly onlineVariantCodes: readonly string[];
  readonly sectorCode: string;
  readonly status: ProcedureStatus;
  readonly effectiveFrom: string | null;
  readonly isDemo: boolean;
  // sectorId is '' and agencyId holds an agency key until the importer resolves them.
  readonly content: ProcedureContent;
}

export interface RowProblem {
  readonly row: number;
  readonly column: string;
  readonly problem: string;
}

export function findHeaderProblems(headers: readonly string[]): RowProblem[] {
  const problems: RowProblem[] = [];
  const seen = new Set(headers.map((header) => header.trim()));
  for (const header of HEADERS) {
    if (!seen.has(header) && !OPTIONAL_HEADERS.includes(header)) {
      problems.push({ row: 1, column: header, problem: 'thiếu cột này trong dòng tiêu đề' });
    }
  }
  for (const header of seen) {
    if (header !== '' && !HEADERS.includes(header)) {
      problems.push({
        row: 1,
        column: header,
        problem: 'cột không thuộc mẫu nhập (xem README, "Procedure catalog")',
      });
    }
  }
  return problems;
}

const YES = new Set(['có', 'co', 'x', 'true', '1', 'yes']);
const NO = new Set(['không', 'khong', '', 'false', '0', 'no']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly cells: ReadonlyMap<string, string>,
    readonly row: number,
  ) {}

  text(key: ColumnKey, options: { required?: boolean; max?: number } = {}): string {
    const value = (this.cells.get(COLUMNS[key]) ?? '').trim();
    if (options.required && value === '') {
      this.fail(key, 'không được trống');
    } else if (value.length > (options.max ?? 5000)) {
      this.fail(key, `dài quá ${options.max ?? 5000} ký tự`);
    }
    return value;
  }

  optional(key: ColumnKey, max = 1000): string | null {
    const value = this.text(key, { max });
    return value === '' ? null : value;
  }

  flag(key: ColumnKey): boolean {
    const value = this.text(key).toLowerCase();
    if (YES.has(value)) {
      return true;
    }
    if (!NO.has(value)) {
      this.fail(key, `"${value}" không phải có/không`);
    }
    return false;
  }

  lines(key: ColumnKey): string[][] {
    return this.text(key, { max: 20_000 })
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => line.split('|').map((field) => field.trim()));
  }

  fail(key: ColumnKey, problem: string): void {
    this.problems.push({ row: this.row, column: COLUMNS[key], problem });
  }
}

// One data row (spreadsheet row number `row`, the header being row 1) into a procedure, or the
// problems of every cell that is wrong.
export function decodeProcedureRow(
  cells: ReadonlyMap<string, string>,
  row: number,
): { procedure: SheetProcedure | null; problems: RowProblem[] } {
  const read = new RowReader(cells, row);
  const code = read.text('code', { required: true, max: 60 });
  if (code !== '' && !isCatalogCode(code)) {
    read.fail('code', 'chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (3–60 ký tự)');
  }
  const nationalCode = read.optional('nationalCode', 8);
  if (nationalCode !== null && !isNationalCode(nationalCode)) {
    read.fail('nationalCode', `"${nationalCode}" không đúng dạng D.NNNNNN`);
  }
  const onlineVariantCodes = splitList(read.text('onlineVariantCodes', { max: 1000 }));
  for (const variant of onlineVariantCodes) {
    if (!isCatalogCode(variant)) {
      read.fail('onlineVariantCodes', `"${variant}" không phải mã hợp lệ`);
    }
  }
  const name = read.text('name', { required: true, max: 500 });
  const sectorCode = read.text('sectorCode', { required: true, max: 30 });
  const serviceLevel = Number(read.text('serviceLevel', { required: true }));
  if (!isOneOf(SERVICE_LEVELS, serviceLevel)) {
    read.fail('serviceLevel', 'là 1, 2, 3 hoặc 4');
  }
  const onlineMode = read.text('onlineMode', { required: true });
  if (!isOneOf(ONLINE_MODES, onlineMode)) {
    read.fail('onlineMode', `là một trong ${ONLINE_MODES.join(', ')}`);
  }
  const channels = splitList(read.text('channels', { required: true }));
  for (const channel of channels) {
    if (!isOneOf(CHANNELS, channel)) {
      read.fail('channels', `"${channel}" không phải một trong ${CHANNELS.join(', ')}`);
    }
  }
  const status = read.text('status', { required: true });
  if (!isOneOf(PROCEDURE_STATUSES, status)) {
    read.fail('status', `là một trong ${PROCEDURE_STATUSES.join(', ')}`);
  }
  const effectiveFrom = read.optional('effectiveFrom', 10);
  if (effectiveFrom !== null && (!ISO_DATE.test(effectiveFrom) || Number.isNaN(Date.parse(effectiveFrom)))) {
    read.fail('effectiveFrom', `"${effectiveFrom}" không phải ngày dạng YYYY-MM-DD`);
  } else if (effectiveFrom === null && status !== 'DRAFT') {
    read.fail('effectiveFrom', 'thủ tục công bố cần ngày hiệu lực');
  }
  const implementations = decodeImplementations(read);
  const content: ProcedureContent = {
    name,
    sectorId: '',
    implementations,
    serviceLevel: serviceLevel as ProcedureContent['serviceLevel'],
    onlineMode: onlineMode as ProcedureContent['onlineMode'],
    fullyOnlineEligible: read.flag('fullyOnlineEligible'),
    channels: channels as ProcedureContent['channels'],
    documents: decodeDocuments(read),
    fees: decodeFees(read),
    resultType: read.text('resultType', { required: true, max: 1000 }),
    resultElectronic: read.flag('resultElectronic'),
    legalBasis: read.text('legalBasis', { required: true, max: 5000 }),
    applicants: read.optional('applicants'),
    publicationDecision: read.optional('publicationDecision', 500),
  };
  const isDemo = read.flag('isDemo');
  if (read.problems.length > 0) {
    return { procedure: null, problems: read.problems };
  }
  return {
    procedure: {
      code,
      nationalCode,
      onlineVariantCodes,
      sectorCode,
      status: status as ProcedureStatus,
      effectiveFrom,
      isDemo,
      content,
    },
    problems: [],
  };
}

function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

// "PEOPLES_COMMITTEE" (a kind) or an agency key such as "PY-DEPT-STP".
function decodeAgency(token: string): { agencyKind: AgencyKind | null; agencyId: string | null } {
  return isOneOf(AGENCY_KINDS, token)
    ? { agencyKind: token, agencyId: null }
    : { agencyKind: null, agencyId: token };
}

function decodeAmount(read: RowReader, key: ColumnKey, text: string, entry: number): number {
  const amount = Number(text.replace(',', '.'));
  if (text === '' || !Number.isFinite(amount)) {
    read.fail(key, `dòng ${entry}: "${text}" không phải số`);
  }
  return amount;
}

function decodeUnit(read: RowReader, key: ColumnKey, text: string, entry: number) {
  if (!isOneOf(TIME_UNITS, text)) {
    read.fail(key, `dòng ${entry}: đơn vị thời gian "${text}" không phải một trong ${TIME_UNITS.join(', ')}`);
  }
  return text as Implementation['timeLimit']['unit'];
}

// Cấp thực hiện: "LEVEL | agency | amount | unit | note".
function decodeImplementations(read: RowReader): Implementation[] {
  const routeSteps = decodeRoute(read);
  const lines = read.lines('implementations');
  if (lines.length === 0) {
    read.fail('implementations', 'cần ít nhất một dòng "CẤP | cơ quan | số | đơn vị"');
  }
  return lines.map((fields, index) => {
    const entry = index + 1;
    const [level = '', agency = '', amount = '', unit = '', note = ''] = fields;
    if (fields.length < 4 || fields.length > 5) {
      read.fail('implementations', `dòng ${entry}: cần 4–5 trường "CẤP | cơ quan | số | đơn vị | ghi chú"`);
    }
    if (!isOneOf(IMPLEMENTING_LEVELS, level)) {
      read.fail(
        'implementations',
        `dòng ${entry}: cấp "${level}" không phải một trong ${IMPLEMENTING_LEVELS.join(', ')}`,
      );
    }
    if (agency === '') {
      read.fail('implementations', `dòng ${entry}: thiếu loại cơ quan hoặc mã cơ quan`);
    }
    return {
      level: level as Implementation['level'],
      ...decodeAgency(agency),
      timeLimit: {
        amount: decodeAmount(read, 'implementations', amount, entry),
        unit: decodeUnit(read, 'implementations', unit, entry),
      },
      timeLimitNote: note === '' ? null : note,
      route: routeSteps.filter((step) => step.forLevel === level).map((step) => step.step),
    };
  });
}

// Quy trình liên thông: "CẤP THỰC HIỆN | thứ tự | cấp của bước | cơ quan | tên đơn vị | nhiệm vụ |
// số | đơn vị | chủ trì (có/không)".
function decodeRoute(read: RowReader): Array<{ forLevel: string; step: RouteStep }> {
  return read.lines('route').map((fields, index) => {
    const entry = index + 1;
    const [
      forLevel = '',
      sequence = '',
      level = '',
      agency = '',
      label = '',
      task = '',
      amount = '',
      unit = '',
      lead = '',
    ] = fields;
    if (fields.length !== 9) {
      read.fail('route', `dòng ${entry}: cần 9 trường (xem README)`);
    }
    if (!isOneOf(IMPLEMENTING_LEVELS, level) || !isOneOf(IMPLEMENTING_LEVELS, forLevel)) {
      read.fail('route', `dòng ${entry}: cấp phải là một trong ${IMPLEMENTING_LEVELS.join(', ')}`);
    }
    if (!YES.has(lead.toLowerCase()) && !NO.has(lead.toLowerCase())) {
      read.fail('route', `dòng ${entry}: chủ trì là có/không`);
    }
    return {
      forLevel,
      step: {
        sequence: Number(sequence),
        level: level as RouteStep['level'],
        ...decodeAgency(agency),
        agencyLabel: label === '' ? null : label,
        task,
        allotted: {
          amount: decodeAmount(read, 'route', amount, entry),
          unit: decodeUnit(read, 'route', unit, entry),
        },
        isLead: YES.has(lead.toLowerCase()),
      },
    };
  });
}

// Thành phần hồ sơ: "tên | hình thức | số bản | bắt buộc (có/không) | điều kiện | mẫu".
function decodeDocuments(read: RowReader): RequiredDocument[] {
  return read.lines('documents').map((fields, index) => {
    const entry = index + 1;
    const [name = '', form = '', quantity = '1', required = 'có', condition = '', template = ''] = fields;
    if (!isOneOf(DOCUMENT_FORMS, form)) {
      read.fail(
        'documents',
        `dòng ${entry}: hình thức "${form}" không phải một trong ${DOCUMENT_FORMS.join(', ')}`,
      );
    }
    return {
      name,
      form: form as RequiredDocument['form'],
      quantity: Number(quantity),
      isRequired: YES.has(required.toLowerCase()),
      condition: condition === '' ? null : condition,
      templateRef: template === '' ? null : template,
    };
  });
}

// Phí, lệ phí: "FEE|CHARGE | mô tả | số tiền (đồng, có thể trống) | cách tính | cơ quan thu".
function decodeFees(read: RowReader): Fee[] {
  return read.lines('fees').map((fields, index) => {
    const entry = index + 1;
    const [kind = '', description = '', amount = '', rule = '', collector = ''] = fields;
    if (!isOneOf(FEE_KINDS, kind)) {
      read.fail('fees', `dòng ${entry}: loại "${kind}" không phải FEE (phí) hoặc CHARGE (lệ phí)`);
    }
    const amountVnd = amount === '' ? null : Number(amount.replace(/[.\s]/g, ''));
    if (amountVnd !== null && !Number.isSafeInteger(amountVnd)) {
      read.fail('fees', `dòng ${entry}: số tiền "${amount}" không phải số đồng nguyên`);
    }
    return {
      kind: kind as Fee['kind'],
      description,
      amountVnd,
      rule: rule === '' ? null : rule,
      collector: collector === '' ? null : collector,
    };
  });
}

// The same layout written back: agency ids become keys, so a file moves between databases.
export function encodeProcedureRow(
  procedure: Omit<SheetProcedure, 'sectorCode'> & { sectorCode: string },
  agencyKeyOf: (agencyId: string) => string,
): Record<string, string> {
  const content = procedure.content;
  const agency = (ref: { agencyKind: string | null; agencyId: string | null }) =>
    ref.agencyId !== null ? agencyKeyOf(ref.agencyId) : (ref.agencyKind ?? '');
  const line = (fields: Array<string | number | null>) =>
    fields.map((field) => clean(field ?? '')).join(FIELD_SEPARATOR);
  const flag = (value: boolean) => (value ? 'có' : 'không');
  return {
    [COLUMNS.code]: procedure.code,
    [COLUMNS.nationalCode]: procedure.nationalCode ?? '',
    [COLUMNS.onlineVariantCodes]: procedure.onlineVariantCodes.join('; '),
    [COLUMNS.name]: content.name,
    [COLUMNS.sectorCode]: procedure.sectorCode,
    [COLUMNS.implementations]: content.implementations
      .map((implementation) =>
        line([
          implementation.level,
          agency(implementation),
          implementation.timeLimit.amount,
          implementation.timeLimit.unit,
          implementation.timeLimitNote,
        ]),
      )
      .join('\n'),
    [COLUMNS.serviceLevel]: String(content.serviceLevel),
    [COLUMNS.onlineMode]: content.onlineMode,
    [COLUMNS.fullyOnlineEligible]: flag(content.fullyOnlineEligible),
    [COLUMNS.channels]: content.channels.join('; '),
    [COLUMNS.documents]: content.documents
      .map((document) =>
        line([
          document.name,
          document.form,
          document.quantity,
          flag(document.isRequired),
          document.condition,
          document.templateRef,
        ]),
      )
      .join('\n'),
    [COLUMNS.fees]: content.fees
      .map((fee) => line([fee.kind, fee.description, fee.amountVnd, fee.rule, fee.collector]))
      .join('\n'),
    [COLUMNS.route]: content.implementations
      .flatMap((implementation) =>
        implementation.route.map((step) =>
          line([
            implementation.level,
            step.sequence,
            step.level,
            agency(step),
            step.agencyLabel,
            step.task,
            step.allotted.amount,
            step.allotted.unit,
            flag(step.isLead),
          ]),
        ),
      )
      .join('\n'),
    [COLUMNS.resultType]: content.resultType,
    [COLUMNS.resultElectronic]: flag(content.resultElectronic),
    [COLUMNS.legalBasis]: content.legalBasis,
    [COLUMNS.applicants]: content.applicants ?? '',
    [COLUMNS.publicationDecision]: content.publicationDecision ?? '',
    [COLUMNS.status]: procedure.status,
    [COLUMNS.effectiveFrom]: procedure.effectiveFrom ?? '',
    [COLUMNS.isDemo]: flag(procedure.isDemo),
  };
}

// A field never holds the separators of the layout (a "|" in a name would split it).
function clean(value: string | number): string {
  return String(value)
    .replace(/\|/g, '/')
    .replace(/\s*\n\s*/g, ' ');
}
