import { type CalendarChange, type CalendarData } from './calendar-data';
import { CALENDAR_FIRST_DATE } from './calendar-range';
import { type IsoDate } from './local-date';

// Which deadlines a calendar change can move, so that those who keep deadlines (the dossiers)
// look only there: the calendars of `agencyId`'s subtree (every agency when null) on the days
// [fromDate, toDate]. A deadline is computed from its start day through its due day only, so one
// due before `fromDate`, or started after `toDate`, cannot move.
export interface CalendarChangeScope {
  readonly agencyId: string | null;
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate | null; // inclusive; null: no end
}

// A year's schedule changes that year's days for every agency. An office-hours edit changes its
// scope's agency and the agencies working by its rules (descendants without rules of their own),
// from the earliest day either the rule before or the rule after covers. Decision: no end date for
// office hours, since closing or reopening a neighbouring open-ended rule reaches to the end of the
// calendar; a few more candidates are checked, none is missed.
export function findChangeScope(data: CalendarData, change: CalendarChange): CalendarChangeScope {
  if (change.kind === 'year-schedule') {
    return { agencyId: null, fromDate: `${change.year}-01-01`, toDate: `${change.year}-12-31` };
  }
  const edit = change.change;
  const ruleId = edit.kind === 'delete' ? edit.id : edit.rule.id;
  const before = data.officeHours.find((rule) => rule.id === ruleId && rule.agencyId === change.agencyId);
  const starts = [before?.validFrom, edit.kind === 'delete' ? undefined : edit.rule.validFrom].filter(
    (date): date is IsoDate => date !== undefined,
  );
  return { agencyId: change.agencyId, fromDate: starts.sort()[0] ?? CALENDAR_FIRST_DATE, toDate: null };
}
