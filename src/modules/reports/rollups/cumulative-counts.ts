import { type Measure } from '../report-measures.repository';

// What the rollups give for one group at one instant T: sums over the dossiers' events before T
// (see migrations/…-report-rollups.ts, report_events). Every measure of a period [F, T) is a
// difference or a value of these at F and T (domain.md, Statistics; the per-dossier reference is
// domain/dossier-period-facts.ts, and a test holds the two together):
// - a dossier is counted in the period unless received at or after T or closed before F, so
//   "received" = received(T) − closed(F); carried over = received(F) − closed(F);
// - new, resolved (by class), withdrawn: the events between F and T, (T) − (F);
// - in progress at T = received(T) − closed(T); overdue = the overdue balance at T.
export const CUMULATIVE_COUNTERS = [
  'received',
  'closed',
  'early',
  'onTime',
  'late',
  'withdrawn',
  'overdue',
  'handled',
  'handlingMinutes',
  'receivedOnline',
  'receivedDirect',
  'receivedPost',
  'onlineLevel3',
  'onlineLevel4',
  'receivedInterAgency',
  'closedInterAgency',
  'receivedWithSupplement',
  'closedWithSupplement',
  'receivedWithApology',
  'closedWithApology',
  'portalOnTime',
  'receivedDigitised',
] as const;
export type CumulativeCounter = (typeof CUMULATIVE_COUNTERS)[number];
export type CumulativeCounts = Readonly<Record<CumulativeCounter, number>>;

export const ZERO_CUMULATIVE: CumulativeCounts = Object.fromEntries(
  CUMULATIVE_COUNTERS.map((counter) => [counter, 0]),
) as Record<CumulativeCounter, number>;

export interface PeriodMeasures {
  readonly measures: Readonly<Record<Measure, number>>;
  readonly handled: number; // resolved in the period with a measured handling time
  readonly handlingMinutes: number; // their working minutes, summed
  readonly index766: Index766Counts;
}

// The dossier counts of the service-quality index (Decision 766, domain/index-766.ts).
export interface Index766Counts {
  readonly resolved: number; // resolved within the period (with a result: not withdrawn or stopped)
  readonly portalOnTime: number; // of those, on time by the national portal's rule
  readonly newReceived: number; // received within the period
  readonly newOnline: number; // of those, online
  readonly newDigitised: number; // of those, with a digitised document
}

export function measuresBetween(atFrom: CumulativeCounts, atTo: CumulativeCounts): PeriodMeasures {
  const during = (counter: CumulativeCounter) => atTo[counter] - atFrom[counter];
  const inProgress = atTo.received - atTo.closed;
  return {
    measures: {
      received: atTo.received - atFrom.closed,
      newOnline: during('receivedOnline'),
      newDirect: during('receivedDirect'),
      newPost: during('receivedPost'),
      carriedOver: atFrom.received - atFrom.closed,
      resolved: during('closed'),
      early: during('early'),
      onTime: during('onTime'),
      late: during('late'),
      inProgress,
      withinTime: inProgress - atTo.overdue,
      overdue: atTo.overdue,
      withdrawn: during('withdrawn'),
      interAgency: atTo.receivedInterAgency - atFrom.closedInterAgency,
      supplementRequests: atTo.receivedWithSupplement - atFrom.closedWithSupplement,
      apologies: atTo.receivedWithApology - atFrom.closedWithApology,
      onlineLevel3: during('onlineLevel3'),
      onlineLevel4: during('onlineLevel4'),
    },
    handled: during('handled'),
    handlingMinutes: during('handlingMinutes'),
    index766: {
      resolved: during('closed') - during('withdrawn'),
      portalOnTime: during('portalOnTime'),
      newReceived: during('received'),
      newOnline: during('receivedOnline'),
      newDigitised: during('receivedDigitised'),
    },
  };
}

// Average handling time in working days (480 working minutes), 2 decimals.
export function averageWorkingDays(handled: number, handlingMinutes: number): number | null {
  return handled === 0 ? null : Math.round((handlingMinutes / handled / 480) * 100) / 100;
}
