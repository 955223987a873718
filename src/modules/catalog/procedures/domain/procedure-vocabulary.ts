import { type DeadlineUnit } from '../../../calendar';
import { type AgencyKind } from '../../agencies/domain/agency-kinds';

// The closed vocabularies of the catalog, as `as const` lists so validators, OpenAPI enums, the
// database CHECKs and the spreadsheet layout all read the same values.

// A procedure as a whole: drafted, published (citizens see it) or suspended (hidden, kept).
export const PROCEDURE_STATUSES = ['DRAFT', 'PUBLISHED', 'SUSPENDED'] as const;
export type ProcedureStatus = (typeof PROCEDURE_STATUSES)[number];

// A version: a draft is edited in place; once published its content never changes.
export const VERSION_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

// Implementing levels (cấp thực hiện), the admin_levels codes of the organisation tree.
export const IMPLEMENTING_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;
export type ImplementingLevel = (typeof IMPLEMENTING_LEVELS)[number];

// Online service level of Decree 43/2011 art. 3 (1 information ... 4 full online).
export const SERVICE_LEVELS = [1, 2, 3, 4] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

// Decree 42/2022 art. 11: "toàn trình" (fully online), "một phần" (partly online), or neither.
export const ONLINE_MODES = ['FULL', 'PARTIAL', 'NONE'] as const;
export type OnlineMode = (typeof ONLINE_MODES)[number];

// Decree 61/2018 art. 16 channels; the national portal codes them 1 direct, 2 online, 3 post.
export const CHANNELS = ['DIRECT', 'ONLINE', 'POST'] as const;
export type Channel = (typeof CHANNELS)[number];
export const NATIONAL_CHANNEL_CODES = { DIRECT: 1, ONLINE: 2, POST: 3 } as const satisfies Record<
  Channel,
  number
>;

// How a required document is handed in: bản chính, bản sao, bản sao có chứng thực, bản chính
// hoặc bản sao có chứng thực, or an original shown for checking and handed back (xuất trình).
export const DOCUMENT_FORMS = [
  'ORIGINAL',
  'COPY',
  'CERTIFIED_COPY',
  'ORIGINAL_OR_CERTIFIED_COPY',
  'PRESENT_ORIGINAL',
] as const;
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];

// Phí (a fee for a service) and lệ phí (a charge for a state act), Law on Fees and Charges 2015.
export const FEE_KINDS = ['FEE', 'CHARGE'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

// The calendar engine's units (calendar/domain/engine/deadline.ts). A same-day procedure
// ("trong ngày") is 0 WORKING_DAYS: the engine makes it due at the close of the receiving day.
export const TIME_UNITS = [
  'WORKING_DAYS',
  'WORKING_HOURS',
  'CALENDAR_DAYS',
  'MONTHS',
] as const satisfies readonly DeadlineUnit[];
export type TimeUnit = DeadlineUnit;
// Fails to compile if the calendar gains a unit this list lacks.
const EVERY_UNIT_LISTED: [Exclude<DeadlineUnit, (typeof TIME_UNITS)[number]>] extends [never] ? true : never =
  true;
void EVERY_UNIT_LISTED;

// The same caps as the calendar's MAX_DEADLINE_AMOUNT (calendar/domain/calendar-range.ts): a
// limit the calendar would refuse must not enter the catalog.
export const MAX_TIME_AMOUNT = {
  WORKING_DAYS: 365,
  WORKING_HOURS: 365 * 8,
  CALENDAR_DAYS: 3660,
  MONTHS: 120,
} as const satisfies Record<DeadlineUnit, number>;

export { WORKING_HOURS_PER_DAY } from './route-time';

export type { AgencyKind };

export function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
