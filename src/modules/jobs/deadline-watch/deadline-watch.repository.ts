import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type DossierStatus } from '../../dossiers/domain/dossier-status';
import { ORGANISATION_KINDS } from '../../catalog/agencies/domain/agency-kinds';
import {
  CONSULTATION_OPEN_STATUSES,
  CONSULTED_ROLES,
  DESK_ROLES,
  ESCALATION_ROLES,
  HOLDER_HEAD_ROLES,
  type NoticeRecipient,
} from './domain/deadline-notices';
import { type WatchInstants } from './domain/watch-instants';

// pg_try_advisory_xact_lock key of the watch ("MCDW"): one tick at a time across all processes
// on the database, released with the tick's transaction.
const WATCH_LOCK_KEY = 0x4d434457;

// A clock waiting for the citizen is not running: its dueAt is frozen (paused) or will restart
// in full (supplement), so the watch leaves such a dossier's marks as they were when it stopped.
const CLOCK_WAITING_STATUSES: readonly DossierStatus[] = [
  'SUPPLEMENT_REQUESTED',
  'AWAITING_FINANCIAL_OBLIGATION',
];

// Open = received, neither resolved nor ended: the predicate of the partial index
// IDX_dossiers_open_due_at (due_at), which every dossier scan below ranges over. Dossiers imported
// from a legacy system are history: nobody here handles them, so nobody is told about them.
const isOpen = (d = 'd') =>
  `${d}.received_at IS NOT NULL AND ${d}.resolved_at IS NULL AND ${d}.ended_at IS NULL AND ${d}.imported_at IS NULL`;
const OPEN = isOpen();

export interface NewNotice {
  readonly id: string;
  readonly dossierId: string;
  readonly stepKey: string;
  readonly threshold: string;
}

interface RecipientRow {
  notice_id: string;
  dossier_id: string;
  step_key: string;
  threshold: string;
  due_at: Date;
  run_started_at: Date;
  dossier_code: string | null;
  procedure_name: string | null;
  agency_name: string;
  step_task: string | null;
  asking_agency_name: string | null;
  user_id: string;
}

// The watch's set-based queries, in the caller's transaction. Nothing here loads the open
// dossiers into Node: each statement ranges over the open-dossier index up to the furthest
// instant a tick cares about, and only new notices (capped) come back.
@Injectable()
export class DeadlineWatchRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  // False when another process's tick holds the lock: this one then does nothing.
  async tryLock(): Promise<boolean> {
    const [row] = await this.txHost.tx.query<Array<{ locked: boolean }>>(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [WATCH_LOCK_KEY],
    );
    return row.locked;
  }

  // Notes every threshold crossed since the last tick, at most `limit`, the actionable ones first
  // (due soon, then the apology, then overdue and escalations), the earliest due first. The
  // unique key (dossier, step, threshold) with ON CONFLICT DO NOTHING makes each notice once.
  // Open consultations are noted alongside, keyed 'c:<id>' (see noticeSubjectOf).
  async insertNewNotices(instants: WatchInstants, limit: number): Promise<NewNotice[]> {
    const rows = await this.txHost.tx.query<
      Array<{ id: string; dossier_id: string; step_key: string; threshold: string }>
    >(...buildInsertNoticesStatement(instants, limit));
    return rows.map((row) => ({
      id: String(row.id),
      dossierId: row.dossier_id,
      stepKey: row.step_key,
      threshold: row.threshold,
    }));
  }

  // Sets deadline_alert and missing_apology where they differ from what `instants` give, on
  // running open dossiers in the window; clears them on dossiers that left it (deadline moved
  // later, or closed: the alert goes, a missing apology stays as a record). A plain UPDATE:
  // the marks are not a user-visible change, so neither row_version nor updated_at moves. Rows
  // another transaction holds are skipped (SKIP LOCKED), and at most `limit` of each kind change
  // per tick (a first run over a backlog): the rest change at the next ticks.
  async updateMarks(instants: WatchInstants, limit: number): Promise<number> {
    const [, changed] = await this.txHost.tx.query<[unknown, number]>(
      ...buildUpdateMarksStatement(instants, limit),
    );
    return changed;
  }

  // Who hears of each new notice: the handler, the heads of the holding agency (the step's
  // agency for a step) and, for the dossier's own deadline, the desk's clerks; an escalation
  // ESCALATION_k goes to the leaders of the ancestor k levels above the holding agency (the root
  // when the tree is shallower). A consultation's notice goes only to those who may answer it:
  // the handling roles of the consulted agency's organisation (the nearest People's Committee,
  // department or centre at or above it, as AgencyAccessService decides 'act'). Active staff
  // only; one row per notice and person.
  async findRecipients(noticeIds: readonly string[]): Promise<NoticeRecipient[]> {
    if (noticeIds.length === 0) {
      return [];
    }
    const rows = await this.txHost.tx.query<RecipientRow[]>(
      // step_key is cast to uuid only for what it holds: a step's id, or a consultation's after 'c:'.
      `WITH notices AS (
         SELECT n.id, n.dossier_id, n.step_key, n.threshold, n.due_at,
           CASE WHEN starts_with(n.threshold, 'ESCALATION_') THEN substr(n.threshold, 12)::int END
             AS escalation_level,
           CASE WHEN n.step_key <> '' AND NOT starts_with(n.step_key, 'c:') THEN n.step_key::uuid END
             AS step_id,
           CASE WHEN starts_with(n.step_key, 'c:') THEN substr(n.step_key, 3)::uuid END
             AS consultation_id
         FROM deadline_notices n WHERE n.id = ANY($1::bigint[])
       )
       SELECT DISTINCT ON (n.id, recipient.user_id)
         n.id AS notice_id, n.dossier_id, n.step_key, n.threshold, n.due_at,
         coalesce(to_timestamp((d.clock ->> 'runStartedAtMs')::float8 / 1000), d.received_at)
           AS run_started_at,
         d.code AS dossier_code, pv.name AS procedure_name, holder.name AS agency_name,
         s.task AS step_task, asking.name AS asking_agency_name, recipient.user_id
       FROM notices n
       JOIN dossiers d ON d.id = n.dossier_id
       LEFT JOIN dossier_steps s ON s.id = n.step_id
       LEFT JOIN dossier_consultations c ON c.id = n.consultation_id
       LEFT JOIN agencies asking ON asking.id = c.requesting_agency_id
       LEFT JOIN procedure_versions pv ON pv.id = d.procedure_version_id
       JOIN agencies holder ON holder.id = coalesce(s.agency_id, c.consulted_agency_id, d.current_agency_id)
       CROSS JOIN LATERAL (
         SELECT d.assigned_to_id AS user_id
         WHERE n.escalation_level IS NULL AND n.consultation_id IS NULL AND d.assigned_to_id IS NOT NULL
         UNION ALL
         SELECT r.user_id FROM staff_users u JOIN staff_roles r ON r.user_id = u.id
         WHERE n.escalation_level IS NULL AND n.consultation_id IS NULL
           AND u.agency_id = holder.id AND r.role = ANY($2::text[])
         UNION ALL
         SELECT r.user_id FROM agency_closure m
           JOIN staff_users u ON u.agency_id = m.descendant_id
           JOIN staff_roles r ON r.user_id = u.id
         WHERE n.consultation_id IS NOT NULL AND r.role = ANY($5::text[])
           AND m.ancestor_id = ${nearestOrganisation('holder.id')}
           AND ${nearestOrganisation('u.agency_id')} = m.ancestor_id
         UNION ALL
         SELECT r.user_id FROM staff_users u JOIN staff_roles r ON r.user_id = u.id
         WHERE n.escalation_level IS NULL AND n.step_key = ''
           AND u.agency_id = d.receiving_agency_id AND r.role = ANY($3::text[])
         UNION ALL
         SELECT r.user_id FROM staff_users u JOIN staff_roles r ON r.user_id = u.id
         WHERE n.escalation_level IS NOT NULL AND r.role = ANY($4::text[])
           AND u.agency_id = (SELECT c.ancestor_id FROM agency_closure c
             WHERE c.descendant_id = holder.id AND c.depth <= n.escalation_level
             ORDER BY c.depth DESC LIMIT 1)
       ) recipient
       JOIN staff_users staff ON staff.id = recipient.user_id AND staff.active
       ORDER BY n.id, recipient.user_id`,
      [noticeIds, HOLDER_HEAD_ROLES, DESK_ROLES, ESCALATION_ROLES, CONSULTED_ROLES, ORGANISATION_KINDS],
    );
    return rows.map((row) => ({
      noticeId: String(row.notice_id),
      dossierId: row.dossier_id,
      stepKey: row.step_key,
      threshold: row.threshold,
      dueAtMs: row.due_at.getTime(),
      runStartedAtMs: row.run_started_at.getTime(),
      dossierCode: row.dossier_code,
      procedureName: row.procedure_name,
      agencyName: row.agency_name,
      stepTask: row.step_task,
      askingAgencyName: row.asking_agency_name,
      userId: row.user_id,
    }));
  }
}

// The organisation an agency belongs to (itself, or the nearest organisation above it), as
// AgencyTreeRepository.findOrganisationId finds it; $6 holds ORGANISATION_KINDS.
const nearestOrganisation = (agencyId: string) =>
  `(SELECT o.ancestor_id FROM agency_closure o JOIN agencies oa ON oa.id = o.ancestor_id
    WHERE o.descendant_id = ${agencyId} AND oa.kind = ANY($6::text[]) ORDER BY o.depth LIMIT 1)`;

type Statement = [sql: string, parameters: unknown[]];

// The statements as functions of a tick's instants, so the benchmark can EXPLAIN exactly them.
export function buildInsertNoticesStatement(instants: WatchInstants, limit: number): Statement {
  return [
    `WITH open_dossiers AS MATERIALIZED (
       SELECT d.id, d.due_at, d.apology_count FROM dossiers d
       WHERE ${OPEN} AND d.due_at <= greatest($2::timestamptz, $3::timestamptz)
         AND d.status <> ALL($6::text[])
     ),
     dossier_candidates AS (
       SELECT o.id AS dossier_id, '' AS step_key, t.threshold, o.due_at, t.rank
       FROM open_dossiers o
       CROSS JOIN LATERAL (
         SELECT 'DUE_SOON' AS threshold, 1 AS rank WHERE o.due_at >= $1 AND o.due_at <= $2
         UNION ALL SELECT 'APOLOGY_MISSING', 2 WHERE o.apology_count = 0 AND o.due_at < $3
         UNION ALL SELECT 'OVERDUE', 3 WHERE o.due_at < $1
         UNION ALL SELECT 'ESCALATION_' || e.level, 3 + e.level::int
           FROM unnest($4::timestamptz[]) WITH ORDINALITY AS e(due_before, level)
           WHERE o.due_at < e.due_before
       ) t
       WHERE NOT EXISTS (SELECT 1 FROM deadline_notices n
         WHERE n.dossier_id = o.id AND n.step_key = '' AND n.threshold = t.threshold)
     ),
     -- Open route steps: one range of the (agency_id, status, due_at) index per agency (OFFSET 0
     -- keeps the planner from flattening it into a scan of every step ever).
     open_steps AS (
       SELECT s.id, s.dossier_id, s.due_at,
         CASE WHEN s.due_at < $1 THEN 'OVERDUE' ELSE 'DUE_SOON' END AS threshold
       FROM agencies a
       CROSS JOIN LATERAL (
         SELECT s.id, s.dossier_id, s.due_at FROM dossier_steps s
         WHERE s.agency_id = a.id AND s.status = 'ACTIVE' AND s.due_at <= $2
         OFFSET 0
       ) s
     ),
     step_candidates AS (
       SELECT s.dossier_id, s.id::text AS step_key, s.threshold, s.due_at,
         CASE s.threshold WHEN 'OVERDUE' THEN 3 ELSE 1 END AS rank
       FROM open_steps s JOIN dossiers d ON d.id = s.dossier_id
       WHERE ${OPEN} AND d.status <> ALL($6::text[])
         AND NOT EXISTS (SELECT 1 FROM deadline_notices n
           WHERE n.dossier_id = s.dossier_id AND n.step_key = s.id::text AND n.threshold = s.threshold)
     ),
     -- Open consultations (Decree 61/2018 art. 19): unanswered, on a dossier in a status they may
     -- still be answered from (a clock waiting for the citizen does not stop theirs), one range
     -- of the partial (consulted_agency_id, due_at) index per agency. Due soon and overdue only.
     open_consultations AS (
       SELECT c.id, c.dossier_id, c.due_at,
         CASE WHEN c.due_at < $1 THEN 'OVERDUE' ELSE 'DUE_SOON' END AS threshold
       FROM agencies a
       CROSS JOIN LATERAL (
         SELECT c.id, c.dossier_id, c.due_at FROM dossier_consultations c
         WHERE c.consulted_agency_id = a.id AND c.answered_at IS NULL AND c.due_at <= $2
         OFFSET 0
       ) c
     ),
     consultation_candidates AS (
       SELECT c.dossier_id, 'c:' || c.id AS step_key, c.threshold, c.due_at,
         CASE c.threshold WHEN 'OVERDUE' THEN 3 ELSE 1 END AS rank
       FROM open_consultations c JOIN dossiers d ON d.id = c.dossier_id
       WHERE ${OPEN} AND d.status = ANY($7::text[])
         AND NOT EXISTS (SELECT 1 FROM deadline_notices n
           WHERE n.dossier_id = c.dossier_id AND n.step_key = 'c:' || c.id AND n.threshold = c.threshold)
     )
     INSERT INTO deadline_notices (dossier_id, step_key, threshold, due_at)
     SELECT dossier_id, step_key, threshold, due_at FROM (
       SELECT * FROM dossier_candidates UNION ALL SELECT * FROM step_candidates
       UNION ALL SELECT * FROM consultation_candidates
     ) candidates
     ORDER BY rank, due_at
     LIMIT $5
     ON CONFLICT (dossier_id, step_key, threshold) DO NOTHING
     RETURNING id, dossier_id, step_key, threshold`,
    [
      new Date(instants.nowMs),
      new Date(instants.dueSoonUntilMs),
      new Date(instants.apologyClosedBeforeMs),
      instants.escalationBeforeMs.map((ms) => new Date(ms)),
      limit,
      CLOCK_WAITING_STATUSES,
      CONSULTATION_OPEN_STATUSES,
    ],
  ];
}

export function buildUpdateMarksStatement(instants: WatchInstants, limit: number): Statement {
  // A running open dossier due within the window: its marks follow the tick's instants.
  const inWindow = (d: string) =>
    `${isOpen(d)} AND ${d}.status <> ALL($4::text[])
     AND ${d}.due_at <= greatest($2::timestamptz, $3::timestamptz)`;
  const alert = (d: string) =>
    `CASE WHEN ${d}.due_at < $1 THEN 'OVERDUE' WHEN ${d}.due_at <= $2 THEN 'DUE_SOON' END`;
  const missing = (d: string) => `(${d}.apology_count = 0 AND ${d}.due_at < $3)`;
  return [
    // Both kinds of candidates are found first, without LIMIT (which would tempt the planner
    // into a scan of the whole table), then locked by primary key.
    `WITH running AS (
       SELECT d.id FROM dossiers d
       WHERE d.id = ANY(ARRAY(
         SELECT c.id FROM dossiers c
         WHERE ${inWindow('c')}
           AND (c.deadline_alert IS DISTINCT FROM ${alert('c')} OR c.missing_apology <> ${missing('c')})))
       LIMIT $5
       FOR UPDATE OF d SKIP LOCKED
     ),
     -- Marked, and no longer in the window: closed (the alert goes), or running open with its
     -- deadline moved later (both go). Each arm is the predicate of an index proposed in the
     -- README, so with them this is two small index scans instead of a scan of all dossiers.
     left_window AS (
       SELECT d.id FROM dossiers d
       WHERE d.id = ANY(ARRAY(
         SELECT c.id FROM dossiers c
         WHERE (c.deadline_alert IS NOT NULL AND (c.resolved_at IS NOT NULL OR c.ended_at IS NOT NULL))
           OR ((c.deadline_alert IS NOT NULL OR c.missing_apology)
             AND c.due_at > greatest($2::timestamptz, $3::timestamptz)
             AND ${isOpen('c')} AND c.status <> ALL($4::text[]))))
       LIMIT $5
       FOR UPDATE OF d SKIP LOCKED
     )
     -- The marks each locked row should have now, from its current state.
     UPDATE dossiers d SET
       deadline_alert = CASE WHEN ${inWindow('d')} THEN ${alert('d')} END,
       missing_apology = CASE WHEN ${inWindow('d')} THEN ${missing('d')} WHEN ${OPEN} THEN false
         ELSE d.missing_apology END
     WHERE d.id = ANY(ARRAY(SELECT id FROM running UNION ALL SELECT id FROM left_window))`,
    [
      new Date(instants.nowMs),
      new Date(instants.dueSoonUntilMs),
      new Date(instants.apologyClosedBeforeMs),
      CLOCK_WAITING_STATUSES,
      limit,
    ],
  ];
}
