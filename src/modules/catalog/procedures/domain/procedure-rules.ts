import { type FieldError } from '../../../../common';
import {
  type AgencyRef,
  type Fee,
  type Implementation,
  type ProcedureContent,
  type RequiredDocument,
  type RouteStep,
  type TimeLimit,
} from './procedure-content';
import { MAX_TIME_AMOUNT } from './procedure-vocabulary';
import { exceedsLimit, measureRouteTime, type RouteTimeFamily } from './route-time';

export const MAX_NAME_LENGTH = 500;
export const MAX_DOCUMENT_QUANTITY = 99;

// Everything wrong with a version's content, each with the path of the field it is about.
// Empty when the content may be saved. The vocabularies themselves (units, kinds, levels) are
// checked where the content is read (DTO validation, spreadsheet decoding).
export function findContentProblems(content: ProcedureContent): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ field, message: `${field}: ${message}` });
  if (content.name.trim() === '' || content.name.length > MAX_NAME_LENGTH) {
    add('name', `không được trống, tối đa ${MAX_NAME_LENGTH} ký tự`);
  }
  if (content.implementations.length === 0) {
    add('implementations', 'cần ít nhất một cấp thực hiện');
  }
  const levels = content.implementations.map((implementation) => implementation.level);
  if (new Set(levels).size !== levels.length) {
    add('implementations', 'mỗi cấp thực hiện chỉ khai một lần');
  }
  content.implementations.forEach((implementation, index) =>
    checkImplementation(implementation, `implementations[${index}]`, add),
  );
  checkOnlineService(content, add);
  content.documents.forEach((document, index) => checkDocument(document, `documents[${index}]`, add));
  content.fees.forEach((fee, index) => checkFee(fee, `fees[${index}]`, add));
  findSeparatorProblems(content).forEach((field) =>
    add(field, 'không được chứa ký tự "|" hay xuống dòng (dùng để tách trường khi nhập, xuất bảng tính)'),
  );
  if (content.resultType.trim() === '') {
    add('resultType', 'không được trống');
  }
  if (content.legalBasis.trim() === '') {
    add('legalBasis', 'không được trống');
  }
  return problems;
}

type Add = (field: string, message: string) => void;

function checkImplementation(implementation: Implementation, path: string, add: Add): void {
  checkAgencyRef(implementation, path, add);
  checkTimeLimit(implementation.timeLimit, `${path}.timeLimit`, add);
  if (implementation.route.length === 0) {
    return;
  }
  implementation.route.forEach((step, index) => checkStep(step, `${path}.route[${index}]`, add));
  const leads = implementation.route.filter((step) => step.isLead).length;
  if (leads !== 1) {
    add(`${path}.route`, `cần đúng một cơ quan chủ trì (isLead), đang có ${leads}`);
  }
  const fit = checkRouteFits(implementation.route, implementation.timeLimit);
  if (fit !== null) {
    add(`${path}.route`, fit);
  }
}

function checkAgencyRef(ref: AgencyRef, path: string, add: Add): void {
  if ((ref.agencyKind === null) === (ref.agencyId === null)) {
    add(path, 'khai đúng một trong hai: loại cơ quan (agencyKind) hoặc cơ quan cụ thể (agencyId)');
  }
}

function checkTimeLimit(limit: TimeLimit, path: string, add: Add): void {
  const { amount, unit } = limit;
  if (!Number.isFinite(amount) || amount < 0 || amount > MAX_TIME_AMOUNT[unit]) {
    add(`${path}.amount`, `phải từ 0 đến ${MAX_TIME_AMOUNT[unit]} (${unit})`);
  } else if (unit !== 'WORKING_HOURS' && !Number.isInteger(amount)) {
    add(`${path}.amount`, `phải là số nguyên với đơn vị ${unit}`);
  } else if (unit === 'WORKING_HOURS' && !Number.isInteger(amount * 4)) {
    add(`${path}.amount`, 'giờ làm việc tính đến từng 15 phút (bội số của 0,25)');
  }
}

function checkStep(step: RouteStep, path: string, add: Add): void {
  checkAgencyRef(step, path, add);
  if (!Number.isInteger(step.sequence) || step.sequence < 1 || step.sequence > 99) {
    add(`${path}.sequence`, 'là số thứ tự bước từ 1 đến 99 (các bước cùng số chạy song song)');
  }
  if (step.task.trim() === '') {
    add(`${path}.task`, 'không được trống');
  }
  checkTimeLimit(step.allotted, `${path}.allotted`, add);
}

// Decree 61/2018 art. 19.6: the route's steps together fit the procedure's limit (route-time.ts).
export function checkRouteFits(route: readonly RouteStep[], limit: TimeLimit): string | null {
  const time = measureRouteTime(route, limit);
  if (!time.comparable) {
    return `thời gian của bước (${time.mismatchedUnit}) không so được với thời hạn (${limit.unit})`;
  }
  return exceedsLimit(time)
    ? `tổng thời gian các bước (${formatAmount(time.total, time.family)}) vượt thời hạn giải quyết (${formatAmount(time.allowed, time.family)})`
    : null;
}

function formatAmount(amount: number, family: RouteTimeFamily): string {
  return family === 'working'
    ? `${amount} giờ làm việc`
    : family === 'calendar'
      ? `${amount} ngày`
      : `${amount} tháng`;
}

function checkOnlineService(content: ProcedureContent, add: Add): void {
  if (content.channels.length === 0) {
    add('channels', 'cần ít nhất một cách thức nộp');
  }
  if (new Set(content.channels).size !== content.channels.length) {
    add('channels', 'mỗi cách thức chỉ khai một lần');
  }
  const online = content.channels.includes('ONLINE');
  // Decree 43/2011 art. 3: from level 3 the dossier is submitted online.
  if (content.serviceLevel >= 3 && !online) {
    add('channels', `dịch vụ công mức độ ${content.serviceLevel} phải có cách thức nộp trực tuyến (ONLINE)`);
  }
  if (content.serviceLevel <= 2 && content.onlineMode !== 'NONE') {
    add('onlineMode', 'mức độ 1–2 không nhận hồ sơ trực tuyến: onlineMode phải là NONE');
  }
  if (content.onlineMode !== 'NONE' && !online) {
    add('onlineMode', 'dịch vụ công trực tuyến toàn trình / một phần cần cách thức nộp ONLINE');
  }
  if (content.onlineMode === 'FULL' && !content.fullyOnlineEligible) {
    add('fullyOnlineEligible', 'thủ tục cung cấp toàn trình thì phải đủ điều kiện toàn trình');
  }
}

function checkDocument(document: RequiredDocument, path: string, add: Add): void {
  if (document.name.trim() === '') {
    add(`${path}.name`, 'không được trống');
  }
  if (
    !Number.isInteger(document.quantity) ||
    document.quantity < 1 ||
    document.quantity > MAX_DOCUMENT_QUANTITY
  ) {
    add(`${path}.quantity`, `là số nguyên từ 1 đến ${MAX_DOCUMENT_QUANTITY}`);
  }
}

function checkFee(fee: Fee, path: string, add: Add): void {
  if (fee.description.trim() === '') {
    add(`${path}.description`, 'không được trống');
  }
  if (fee.amountVnd !== null && (!Number.isSafeInteger(fee.amountVnd) || fee.amountVnd < 0)) {
    add(`${path}.amountVnd`, 'là số đồng nguyên không âm');
  }
  if (fee.amountVnd === null && (fee.rule ?? '').trim() === '') {
    add(path, 'cần số tiền (amountVnd) hoặc cách tính (rule)');
  }
}

// Fields of list entries (documents, fees, implementations, route steps) are written one entry
// per line with fields separated by "|" in the import/export layout, so they cannot hold either.
function findSeparatorProblems(content: ProcedureContent): string[] {
  const bad = (value: string | null) => value !== null && /[|\r\n]/.test(value);
  const fields: string[] = [];
  content.implementations.forEach((implementation, index) => {
    if (bad(implementation.timeLimitNote)) {
      fields.push(`implementations[${index}].timeLimitNote`);
    }
    implementation.route.forEach((step, stepIndex) => {
      for (const key of ['agencyLabel', 'task'] as const) {
        if (bad(step[key])) {
          fields.push(`implementations[${index}].route[${stepIndex}].${key}`);
        }
      }
    });
  });
  content.documents.forEach((document, index) => {
    for (const key of ['name', 'condition', 'templateRef'] as const) {
      if (bad(document[key])) {
        fields.push(`documents[${index}].${key}`);
      }
    }
  });
  content.fees.forEach((fee, index) => {
    for (const key of ['description', 'rule', 'collector'] as const) {
      if (bad(fee[key])) {
        fields.push(`fees[${index}].${key}`);
      }
    }
  });
  return fields;
}
