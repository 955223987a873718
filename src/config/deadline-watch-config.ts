import { type EnvironmentSchema } from './environment.schema';

export interface DeadlineWatchConfig {
  // Milliseconds between two ticks; 0: this process schedules no tick (another one does, or a
  // test drives the watch itself).
  readonly intervalMs: number;
  // "Due soon" reaches this many working days ahead.
  readonly dueSoonWorkingDays: number;
  // Overdue by more than each of these working hours: one escalation per threshold, each one
  // level further up the agency tree. Strictly increasing.
  readonly escalationWorkingHours: readonly number[];
  // New notices per tick; the rest wait for the next tick, so a first run on a backlog does not
  // flood staff and the queue at once.
  readonly maxNoticesPerTick: number;
}

export const MIN_DEADLINE_WATCH_INTERVAL_MS = 1000;
const MAX_ESCALATION_LEVELS = 9;
const MAX_ESCALATION_HOURS = 2000;

export function buildDeadlineWatchConfig(env: EnvironmentSchema): DeadlineWatchConfig {
  return {
    intervalMs: env.DEADLINE_WATCH_INTERVAL_MS,
    dueSoonWorkingDays: env.DEADLINE_DUE_SOON_WORKING_DAYS,
    escalationWorkingHours: parseEscalationHours(env.DEADLINE_ESCALATION_WORKING_HOURS) ?? [],
    maxNoticesPerTick: env.DEADLINE_WATCH_MAX_NOTICES,
  };
}

export function isDeadlineWatchInterval(value: unknown): boolean {
  return typeof value === 'number' && (value === 0 || value >= MIN_DEADLINE_WATCH_INTERVAL_MS);
}

// "8,40" → [8, 40]; null unless 1–9 whole hours, each above the one before and at most 2000.
export function parseEscalationHours(text: unknown): number[] | null {
  if (typeof text !== 'string' || !/^\d+(,\d+)*$/.test(text.replace(/\s/g, ''))) {
    return null;
  }
  const hours = text
    .replace(/\s/g, '')
    .split(',')
    .map((part) => Number(part));
  const increasing = hours.every((value, index) => index === 0 || value > hours[index - 1]);
  const inRange = hours.every((value) => value >= 1 && value <= MAX_ESCALATION_HOURS);
  return increasing && inRange && hours.length <= MAX_ESCALATION_LEVELS ? hours : null;
}
