import { type Channel } from '../../catalog/procedures/domain/procedure-vocabulary';
import { type DossierClassification, classifyResolution } from '../../dossiers/domain/classification';
import { type Form06Counts, ZERO_FORM_06_COUNTS } from './form-06-counts';
import { type ReportPeriod } from './report-period';

// The facts of one dossier the report needs, as they stood at the snapshot date.
export interface DossierPeriodFacts {
  readonly channel: Channel;
  readonly receivedAtMs: number;
  readonly dueAtMs: number; // the legal deadline
  readonly appointmentAtMs: number; // the promised return date (an apology may move it)
  readonly resolvedAtMs: number | null;
  readonly classification: DossierClassification | null; // computed once, at resolution
  readonly endedAtMs: number | null; // withdrawn or stopped: ended without a result
}

// How a dossier ended without a result (withdrawn by the citizen or stopped) is counted
// (domain.md, Statistics: "per a configurable policy; default: counted as resolved on time if
// ended by the appointment").
// - RESOLVED_BY_APPOINTMENT: in the period it ended, it counts as resolved, on time if it ended by
//   the appointment and late after it; before that it is carried over and in progress as usual.
// - EXCLUDED: it is in no column of any period, as if never received.
// Both keep (3) = (7) + (11) and make one period's in-progress total the next one's carried over.
export const WITHDRAWN_POLICIES = ['RESOLVED_BY_APPOINTMENT', 'EXCLUDED'] as const;
export type WithdrawnPolicy = (typeof WITHDRAWN_POLICIES)[number];
export const DEFAULT_WITHDRAWN_POLICY: WithdrawnPolicy = 'RESOLVED_BY_APPOINTMENT';

export type PeriodBounds = Pick<ReportPeriod, 'fromMs' | 'toExclusiveMs'>;

// The Biểu 06 columns one dossier counts in for a period (each count 0 or 1); the SQL of the
// reports must agree with the sum of these over the dossiers (domain.md, Statistics):
// - carried over: received before the period, not resolved nor ended before it;
// - new (online, or direct and post): received within the period;
// - resolved: resolved (or, per the policy, ended) within the period, by its classification;
// - in progress: received by the period's end, neither resolved nor ended by it; overdue when
//   dueAt is before the end of the period (an open dossier is within time while dueAt ≥ T).
export function countDossierInPeriod(
  facts: DossierPeriodFacts,
  period: PeriodBounds,
  policy: WithdrawnPolicy = DEFAULT_WITHDRAWN_POLICY,
): Form06Counts {
  const isEndedWithoutResult = facts.resolvedAtMs === null && facts.endedAtMs !== null;
  if (isEndedWithoutResult && policy === 'EXCLUDED') {
    return ZERO_FORM_06_COUNTS;
  }
  const closedAtMs = facts.resolvedAtMs ?? facts.endedAtMs;
  if (facts.receivedAtMs >= period.toExclusiveMs || (closedAtMs !== null && closedAtMs < period.fromMs)) {
    return ZERO_FORM_06_COUNTS;
  }
  const isCarriedOver = facts.receivedAtMs < period.fromMs;
  const isOnline = facts.channel === 'ONLINE';
  const received = {
    receivedTotal: 1,
    receivedOnline: !isCarriedOver && isOnline ? 1 : 0,
    receivedDirectOrPost: !isCarriedOver && !isOnline ? 1 : 0,
    carriedOver: isCarriedOver ? 1 : 0,
  };
  if (closedAtMs !== null && closedAtMs < period.toExclusiveMs) {
    const classification = closingClassification(facts, closedAtMs);
    return {
      ...ZERO_FORM_06_COUNTS,
      ...received,
      resolvedTotal: 1,
      resolvedEarly: classification === 'EARLY' ? 1 : 0,
      resolvedOnTime: classification === 'ON_TIME' ? 1 : 0,
      resolvedLate: classification === 'LATE' ? 1 : 0,
    };
  }
  const isOverdue = facts.dueAtMs < period.toExclusiveMs;
  return {
    ...ZERO_FORM_06_COUNTS,
    ...received,
    inProgressTotal: 1,
    inProgressWithinTime: isOverdue ? 0 : 1,
    inProgressOverdue: isOverdue ? 1 : 0,
  };
}

function closingClassification(facts: DossierPeriodFacts, closedAtMs: number): DossierClassification {
  if (facts.resolvedAtMs === null) {
    return closedAtMs <= facts.appointmentAtMs ? 'ON_TIME' : 'LATE';
  }
  // A resolved dossier carries its classification; a row without one is classified by the same rule.
  return facts.classification ?? classifyResolution(facts.dueAtMs, facts.resolvedAtMs);
}
