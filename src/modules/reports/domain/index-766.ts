import { roundMeanToOneDecimal } from '../../dossiers/evaluations/domain';

// The service-quality index of Decision 766/QĐ-TTg (2022; 100 points), as far as the dossiers
// hold the data, computed as the national portal does (domain.md, Statistics). Groups the data
// cannot measure get null points and a reason: never 0, never full marks.
export const INDEX_766_GROUPS = [
  'PUBLICITY',
  'PROGRESS',
  'ONLINE_SERVICE',
  'ONLINE_PAYMENT',
  'SATISFACTION',
  'DIGITISATION',
] as const;
export type Index766Group = (typeof INDEX_766_GROUPS)[number];

export const INDEX_766_GROUP_FACTS = {
  PUBLICITY: { label: 'Công khai, minh bạch', maxPoints: 18 },
  PROGRESS: { label: 'Tiến độ giải quyết', maxPoints: 20 },
  ONLINE_SERVICE: { label: 'Dịch vụ công trực tuyến', maxPoints: 12 },
  ONLINE_PAYMENT: { label: 'Thanh toán trực tuyến', maxPoints: 10 },
  SATISFACTION: { label: 'Mức độ hài lòng', maxPoints: 18 },
  DIGITISATION: { label: 'Số hóa hồ sơ', maxPoints: 22 },
} as const satisfies Record<Index766Group, { label: string; maxPoints: number }>;

// Full marks are reached at these shares (domain.md); below them points fall linearly to 0.
const ONLINE_SHARE_FOR_FULL_MARKS = 0.5;
const DIGITISED_SHARE_FOR_FULL_MARKS = 0.8;

const NO_DATA = 'không có dữ liệu';

// Counts of one unit (an agency, or the whole scope) over one period.
export interface Index766Facts {
  readonly resolved: number; // resolved within the period
  readonly portalOnTime: number; // of those, on time by the portal's rule (dossier766OnTime)
  readonly newReceived: number; // received within the period
  readonly newOnline: number; // of those, online
  readonly newDigitised: number; // of those, with at least one digitised document
  readonly evaluations: number; // citizens' ratings recorded within the period
  readonly evaluationScoreSum: number; // sum of their totals (0–18 each)
}

export interface Index766GroupScore {
  readonly group: Index766Group;
  readonly label: string;
  readonly maxPoints: number;
  readonly points: number | null; // null: not measurable here (see note)
  readonly sharePercent: number | null; // the indicator the points come from, %
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly note: string | null;
}

export interface Index766Score {
  readonly groups: readonly Index766GroupScore[];
  readonly points: number; // sum of the measurable groups' points
  readonly availableMaxPoints: number; // sum of their maxima (e.g. 52.3 of 72)
  readonly maxPoints: 100;
  readonly lateRatePercent: number | null;
  readonly complaintRateUnavailable: true; // no complaints are recorded in the system
  readonly evaluationCount: number;
  readonly evaluationAverage: number | null; // 0–18, one decimal (Circular 01/2018 art. 15)
}

export interface Index766Dossier {
  readonly resolvedAtMs: number;
  readonly appointmentAtMs: number;
  readonly supplementCount: number;
  readonly pauses: readonly { reason: string; fromMs: number; toMs: number | null }[];
}

// The portal's on-time rule: the time spent waiting for the citizen's supplement is subtracted
// from the processing before comparing with the appointment, and more than one supplement request
// makes the dossier late whatever the dates. A pause still open counts up to the resolution.
// (The repository's SQL mirrors this; the unit tests pin it.)
export function isOnTimeBy766(dossier: Index766Dossier): boolean {
  if (dossier.supplementCount > 1) {
    return false;
  }
  const waitingMs = dossier.pauses
    .filter((pause) => pause.reason === 'SUPPLEMENT')
    .reduce((sum, pause) => sum + ((pause.toMs ?? dossier.resolvedAtMs) - pause.fromMs), 0);
  return dossier.resolvedAtMs - waitingMs <= dossier.appointmentAtMs;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function share(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

// Points linear in the share up to the share that earns full marks. The decision's annex scores
// these groups by thresholds the portal does not publish in detail: linear is our reading, and
// the thresholds for full marks are those of domain.md.
function linearPoints(value: number | null, maxPoints: number, fullMarksAt = 1): number | null {
  return value === null ? null : round2(maxPoints * Math.min(1, value / fullMarksAt));
}

function groupScore(
  group: Index766Group,
  fields: Pick<Index766GroupScore, 'points' | 'numerator' | 'denominator' | 'note'> & {
    value: number | null;
  },
): Index766GroupScore {
  const { value, ...rest } = fields;
  return {
    group,
    ...INDEX_766_GROUP_FACTS[group],
    ...rest,
    sharePercent: value === null ? null : round2(value * 100),
  };
}

export function scoreIndex766(facts: Index766Facts): Index766Score {
  const onTime = share(facts.portalOnTime, facts.resolved);
  const online = share(facts.newOnline, facts.newReceived);
  const digitised = share(facts.newDigitised, facts.newReceived);
  // Satisfaction = 100 % − (late rate + complaint rate); complaints are not recorded, so only the
  // late rate is subtracted and the score says so (complaintRateUnavailable).
  const satisfaction = onTime;
  const noResolved = facts.resolved === 0 ? 'không có hồ sơ giải quyết trong kỳ' : null;
  const noReceived = facts.newReceived === 0 ? 'không có hồ sơ tiếp nhận trong kỳ' : null;
  const groups = [
    groupScore('PUBLICITY', {
      value: null,
      points: null,
      numerator: null,
      denominator: null,
      note: `${NO_DATA}: công khai, minh bạch không đo được từ dữ liệu hồ sơ`,
    }),
    groupScore('PROGRESS', {
      value: onTime,
      points: linearPoints(onTime, INDEX_766_GROUP_FACTS.PROGRESS.maxPoints),
      numerator: facts.portalOnTime,
      denominator: facts.resolved,
      note: noResolved,
    }),
    groupScore('ONLINE_SERVICE', {
      value: online,
      points: linearPoints(
        online,
        INDEX_766_GROUP_FACTS.ONLINE_SERVICE.maxPoints,
        ONLINE_SHARE_FOR_FULL_MARKS,
      ),
      numerator: facts.newOnline,
      denominator: facts.newReceived,
      note: noReceived,
    }),
    groupScore('ONLINE_PAYMENT', {
      value: null,
      points: null,
      numerator: null,
      denominator: null,
      note: `${NO_DATA}: hệ thống chưa ghi nhận thanh toán trực tuyến`,
    }),
    groupScore('SATISFACTION', {
      value: satisfaction,
      points: linearPoints(satisfaction, INDEX_766_GROUP_FACTS.SATISFACTION.maxPoints),
      numerator: facts.portalOnTime,
      denominator: facts.resolved,
      note: noResolved ?? 'chưa có dữ liệu phản ánh, kiến nghị: chỉ trừ tỷ lệ hồ sơ quá hạn',
    }),
    groupScore('DIGITISATION', {
      value: digitised,
      points: linearPoints(
        digitised,
        INDEX_766_GROUP_FACTS.DIGITISATION.maxPoints,
        DIGITISED_SHARE_FOR_FULL_MARKS,
      ),
      numerator: facts.newDigitised,
      denominator: facts.newReceived,
      note: noReceived,
    }),
  ];
  const measured = groups.filter((group) => group.points !== null);
  return {
    groups,
    // The sum of the rounded group points, so the total reconciles with the rows shown.
    points: round2(measured.reduce((sum, group) => sum + (group.points ?? 0), 0)),
    availableMaxPoints: measured.reduce((sum, group) => sum + group.maxPoints, 0),
    maxPoints: 100,
    lateRatePercent: onTime === null ? null : round2((1 - onTime) * 100),
    complaintRateUnavailable: true,
    evaluationCount: facts.evaluations,
    evaluationAverage:
      facts.evaluations === 0 ? null : roundMeanToOneDecimal(facts.evaluationScoreSum, facts.evaluations),
  };
}

export function sumIndex766Facts(rows: readonly Index766Facts[]): Index766Facts {
  const sum = (pick: (row: Index766Facts) => number): number =>
    rows.reduce((total, row) => total + pick(row), 0);
  return {
    resolved: sum((row) => row.resolved),
    portalOnTime: sum((row) => row.portalOnTime),
    newReceived: sum((row) => row.newReceived),
    newOnline: sum((row) => row.newOnline),
    newDigitised: sum((row) => row.newDigitised),
    evaluations: sum((row) => row.evaluations),
    evaluationScoreSum: sum((row) => row.evaluationScoreSum),
  };
}
