import { type FieldError } from '../../../../common';
import { type AgencyKind, type SuccessionShare } from './agency-kinds';
import { isDirectlyBelow, parseQcvnCode, toDecision20Code } from './agency-code';
import { isActiveOn, type IsoDate, nextDay, type ValidityPeriod } from './validity';

// Where a new agency may be placed in the tree, and how an agency may be closed. The parent
// and level of an agency never change afterwards: a reorganisation closes agencies and links
// successors, so every record that references an agency keeps meaning what it meant.

export interface LevelFacts extends ValidityPeriod {
  readonly code: string;
  readonly rank: number; // 1 = highest
}

export interface ParentFacts extends ValidityPeriod {
  readonly kind: AgencyKind;
  readonly levelRank: number;
  readonly qcvnCode: string | null;
}

export interface NewAgencyFacts {
  readonly kind: AgencyKind;
  readonly level: LevelFacts;
  readonly parent: ParentFacts;
  readonly validFrom: IsoDate;
  readonly qcvnCode: string | null;
  readonly decision20Code: string | null;
}

type KindRule = (level: LevelFacts, parent: ParentFacts) => string | null;

// What each kind of agency may sit under.
const KIND_RULES: Record<AgencyKind, KindRule> = {
  PEOPLES_COMMITTEE: (level, parent) =>
    parent.kind === 'PEOPLES_COMMITTEE' && parent.levelRank < level.rank
      ? null
      : 'Ủy ban nhân dân phải trực thuộc Ủy ban nhân dân cấp trên',
  PEOPLES_COUNCIL: (level, parent) =>
    parent.kind === 'PEOPLES_COMMITTEE' && parent.levelRank <= level.rank
      ? null
      : 'Hội đồng nhân dân phải gắn với Ủy ban nhân dân cùng cấp hoặc cấp trên',
  // Sở, ban, ngành exist at the highest level only (rank 1); lower levels have units (phòng).
  DEPARTMENT: (level, parent) =>
    parent.kind === 'PEOPLES_COMMITTEE' && parent.levelRank === level.rank && level.rank === 1
      ? null
      : 'Sở, ban, ngành phải trực thuộc Ủy ban nhân dân cấp tỉnh',
  SERVICE_CENTRE: (level, parent) =>
    parent.kind === 'PEOPLES_COMMITTEE' && parent.levelRank === level.rank
      ? null
      : 'Trung tâm Phục vụ hành chính công phải trực thuộc Ủy ban nhân dân cùng cấp',
  ONE_STOP_DESK: (level, parent) =>
    parent.kind !== 'ONE_STOP_DESK' && parent.kind !== 'UNIT' && parent.levelRank === level.rank
      ? null
      : 'Bộ phận Một cửa phải trực thuộc một cơ quan cùng cấp (không thuộc bộ phận hay đơn vị khác)',
  UNIT: (level, parent) =>
    parent.kind !== 'ONE_STOP_DESK' && parent.levelRank === level.rank
      ? null
      : 'Đơn vị phải trực thuộc một cơ quan cùng cấp, không thuộc Bộ phận Một cửa',
};

export function findPlacementProblems(agency: NewAgencyFacts): FieldError[] {
  const problems: FieldError[] = [];
  if (!isActiveOn(agency.level, agency.validFrom)) {
    problems.push({
      field: 'levelCode',
      message: `levelCode: cấp hành chính ${agency.level.code} không còn hiệu lực vào ngày ${agency.validFrom}`,
    });
  }
  if (agency.parent.validTo !== null) {
    problems.push({ field: 'parentId', message: 'parentId: cơ quan cấp trên đã hoặc sắp ngừng hoạt động' });
  } else if (agency.parent.validFrom > agency.validFrom) {
    problems.push({
      field: 'validFrom',
      message: `validFrom: cơ quan cấp trên chỉ hoạt động từ ngày ${agency.parent.validFrom}`,
    });
  }
  if (agency.level.rank < agency.parent.levelRank) {
    problems.push({ field: 'levelCode', message: 'levelCode: cấp của cơ quan không được cao hơn cấp trên' });
  } else {
    const kindProblem = KIND_RULES[agency.kind](agency.level, agency.parent);
    if (kindProblem !== null) {
      problems.push({ field: 'kind', message: `kind: ${kindProblem}` });
    }
  }
  problems.push(...findCodeProblems(agency.qcvnCode, agency.decision20Code, agency.parent.qcvnCode));
  return problems;
}

// A QCVN 102 code sits directly below its parent's code (when the parent has one), and its
// Decision 20/2020 form, when given too, is the same identifier.
export function findCodeProblems(
  qcvnCode: string | null,
  decision20Code: string | null,
  parentQcvnCode: string | null,
): FieldError[] {
  if (qcvnCode === null) {
    return decision20Code === null
      ? []
      : [{ field: 'decision20Code', message: 'decision20Code: cần có mã định danh QCVN 102 tương ứng' }];
  }
  const identifier = parseQcvnCode(qcvnCode);
  if (identifier === null) {
    return [{ field: 'qcvnCode', message: 'qcvnCode: không phải mã định danh QCVN 102 hợp lệ' }];
  }
  const problems: FieldError[] = [];
  const parentIdentifier = parentQcvnCode === null ? null : parseQcvnCode(parentQcvnCode);
  if (parentIdentifier !== null && !isDirectlyBelow(parentIdentifier, identifier)) {
    problems.push({
      field: 'qcvnCode',
      message: `qcvnCode: phải là mã cấp ngay dưới mã của cơ quan cấp trên (${parentQcvnCode})`,
    });
  }
  if (decision20Code !== null && decision20Code !== toDecision20Code(qcvnCode)) {
    problems.push({
      field: 'decision20Code',
      message: `decision20Code: không khớp với qcvnCode (phải là ${toDecision20Code(qcvnCode)})`,
    });
  }
  return problems;
}

export interface SuccessorCandidate {
  readonly agencyId: string;
  readonly share: SuccessionShare;
  // The successor as found, or null when no agency has that id.
  readonly found: ValidityPeriod | null;
}

// Closing (valid_to) an agency that is still open, with its successors: each must exist and be
// in force the day after the closing date, and a WHOLE successor takes over alone.
export function findClosingProblems(
  agency: ValidityPeriod & { readonly id: string },
  validTo: IsoDate,
  successors: readonly SuccessorCandidate[],
): FieldError[] {
  const problems: FieldError[] = [];
  if (validTo < agency.validFrom) {
    problems.push({
      field: 'validTo',
      message: `validTo: không được trước ngày bắt đầu hoạt động ${agency.validFrom}`,
    });
  }
  const firstDay = nextDay(validTo);
  const seen = new Set<string>();
  successors.forEach((successor, index) => {
    const field = `successors.${index}.agencyId`;
    if (successor.agencyId === agency.id) {
      problems.push({ field, message: `${field}: cơ quan không thể kế thừa chính mình` });
    } else if (seen.has(successor.agencyId)) {
      problems.push({ field, message: `${field}: cơ quan kế thừa bị lặp lại` });
    } else if (successor.found === null) {
      problems.push({ field, message: `${field}: không có cơ quan với mã này` });
    } else if (!isActiveOn(successor.found, firstDay)) {
      problems.push({ field, message: `${field}: cơ quan kế thừa phải hoạt động vào ngày ${firstDay}` });
    }
    seen.add(successor.agencyId);
  });
  if (successors.length > 1 && successors.some((successor) => successor.share === 'WHOLE')) {
    problems.push({
      field: 'successors',
      message:
        'successors: cơ quan kế thừa toàn bộ (WHOLE) phải là cơ quan kế thừa duy nhất; nếu chia cho nhiều cơ quan, dùng PART',
    });
  }
  return problems;
}
