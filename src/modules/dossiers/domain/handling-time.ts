import { measureWorkingMinutes, type WorkingCalendar } from '../../calendar/domain/engine';
import { type DossierClock } from './dossier-clock';

// How long the agencies took over a resolved dossier, in working minutes (the reports' average
// and median handling time): from the receipt to the result, less the time the clock stood waiting
// for the citizen (supplements, financial obligations), measured on the receiving desk's calendar,
// in whole minutes (instants carry seconds; the column is an integer).
export function handlingWorkingMinutes(
  cal: WorkingCalendar,
  clock: DossierClock,
  resolvedAtMs: number,
): number {
  const total = measureWorkingMinutes(cal, clock.receivedAtMs, resolvedAtMs);
  const waiting = clock.pauses.reduce(
    (sum, pause) =>
      sum + measureWorkingMinutes(cal, pause.fromMs, Math.min(pause.toMs ?? resolvedAtMs, resolvedAtMs)),
    0,
  );
  return Math.max(0, Math.round(total - waiting));
}
