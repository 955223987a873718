import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { atVietnamTime } from '../../calendar/domain/engine/test-fixtures';
import { insertStaffUser, insertTestTree, type TestTree } from '../../../../test/support/identity-fixtures';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';
import { DeadlineWatchModule } from './deadline-watch.module';
import { DeadlineWatchService } from './deadline-watch.service';

const at = (text: string) => new Date(atVietnamTime(text));
// Wednesday 11/6/2025 10:00 in Phú Yên: "due soon" reaches Thursday 10:00, the apology window
// has closed for dossiers due today, 8 working hours back is Tuesday 10/6 10:00 and 40 working
// hours back Wednesday 4/6 10:00.
const NOW = at('2025-06-11 10:00');

interface DossierInput {
  readonly dueAt: Date;
  readonly receivedAt?: Date;
  readonly status?: string;
  readonly apologyCount?: number;
  readonly deadlineAlert?: string | null;
  readonly missingApology?: boolean;
  readonly resolvedAt?: Date | null;
}

interface Staff {
  handler: string;
  unitHead: string;
  communeLeader: string;
  clerk: string;
  inactiveClerk: string;
  districtLeader: string;
  provinceLeader: string;
  communeBHead: string;
}

// A received dossier at commune A (its desk received it, its People's Committee holds it, the
// handler has it), written as the dossiers module writes one; only the clock's run start is kept
// in the clock column, which is all the watch reads of it.
async function insertDossier(
  dataSource: DataSource,
  tree: TestTree,
  handlerId: string,
  input: DossierInput,
): Promise<string> {
  const receivedAt = input.receivedAt ?? at('2025-06-02 09:00');
  const [row] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO dossiers (code, row_version, procedure_id, procedure_version_id, receiving_agency_id,
       resolving_agency_id, current_agency_id, assigned_to_id, level_code, sector_id, channel,
       service_level, status, applicant_kind, applicant_name, submitted_at, received_at, due_at,
       appointment_at, resolved_at, apology_count, deadline_alert, missing_apology, clock)
     SELECT $1, 1, p.id, v.id, $2, $3, $3, $4, 'COMMUNE', p.sector_id, 'DIRECT', p.service_level, $5,
       'PERSON', 'Nguyễn Thị Lan', $6, $6, $7, $7, $8, $9, $10, $11, jsonb_build_object('runStartedAtMs', $12::bigint)
     FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id AND v.version_no = p.latest_version_no
     ORDER BY p.code LIMIT 1
     RETURNING id`,
    [
      `T-${randomUUID().slice(0, 12)}`,
      tree.communeADesk.id,
      tree.communeA.id,
      handlerId,
      input.status ?? 'IN_PROGRESS',
      receivedAt,
      input.dueAt,
      input.resolvedAt ?? null,
      input.apologyCount ?? 0,
      input.deadlineAlert ?? null,
      input.missingApology ?? false,
      receivedAt.getTime(),
    ],
  );
  return row.id;
}

async function insertActiveStep(dataSource: DataSource, dossierId: string, agencyId: string, dueAt: Date) {
  const [row] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO dossier_steps (dossier_id, sequence, agency_id, level_code, task, allotted, status,
       planned_due_at, started_at, due_at)
     VALUES ($1, 1, $2, 'COMMUNE', 'Xác minh nơi cư trú', '{"amount":2,"unit":"WORKING_DAYS"}', 'ACTIVE',
       $3, $4, $3)
     RETURNING id`,
    [dossierId, agencyId, dueAt, at('2025-06-09 09:00')],
  );
  return row.id;
}

async function insertStaff(testApp: TestApp, tree: TestTree): Promise<Staff> {
  const user = async (
    agencyId: string,
    roles: Parameters<typeof insertStaffUser>[1]['roles'],
    active = true,
  ) => (await insertStaffUser(testApp, { agencyId, roles, active })).id;
  return {
    handler: await user(tree.communeA.id, ['SPECIALIST']),
    unitHead: await user(tree.communeA.id, ['UNIT_HEAD']),
    communeLeader: await user(tree.communeA.id, ['AGENCY_LEADER']),
    clerk: await user(tree.communeADesk.id, ['CLERK']),
    inactiveClerk: await user(tree.communeADesk.id, ['CLERK'], false),
    districtLeader: await user(tree.district.id, ['AGENCY_LEADER']),
    provinceLeader: await user(tree.province.id, ['AGENCY_LEADER']),
    communeBHead: await user(tree.communeB.id, ['UNIT_HEAD']),
  };
}

async function noticesOf(dataSource: DataSource, dossierId: string): Promise<string[]> {
  const rows = await dataSource.query<Array<{ step_key: string; threshold: string }>>(
    `SELECT step_key, threshold FROM deadline_notices WHERE dossier_id = $1 ORDER BY step_key, threshold`,
    [dossierId],
  );
  return rows.map((row) => (row.step_key === '' ? row.threshold : `step ${row.step_key} ${row.threshold}`));
}

async function marksOf(dataSource: DataSource, dossierId: string) {
  const [row] = await dataSource.query<
    Array<{ deadline_alert: string | null; missing_apology: boolean; row_version: number }>
  >('SELECT deadline_alert, missing_apology, row_version FROM dossiers WHERE id = $1', [dossierId]);
  return row;
}

// Who was told of a dossier's threshold, by template.
async function recipientsOf(dataSource: DataSource, dossierId: string, threshold: string, stepKey = '') {
  const rows = await dataSource.query<Array<{ recipient_id: string; template: string; params: object }>>(
    `SELECT nd.recipient_id, nd.template, nd.params FROM notification_deliveries nd
     JOIN deadline_notices n ON nd.dedupe_key LIKE 'notice:' || n.id || ':%'
     WHERE n.dossier_id = $1 AND n.threshold = $2 AND n.step_key = $3 AND nd.channel = 'IN_APP'
       AND nd.recipient_kind = 'staff'
     ORDER BY nd.recipient_id`,
    [dossierId, threshold, stepKey],
  );
  return rows;
}

const sorted = (ids: string[]) => [...ids].sort();

describe('deadline watch: one tick over dossiers at chosen due times (Wednesday 11/6/2025 10:00)', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let watch: DeadlineWatchService;
  let tree: TestTree;
  let staff: Staff;
  const dossiers: Record<string, string> = {};
  const steps: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createTestApp({
      imports: [DeadlineWatchModule],
      env: { DEADLINE_WATCH_INTERVAL_MS: '0' },
    });
    dataSource = testApp.dataSource;
    watch = testApp.app.get(DeadlineWatchService);
    tree = await insertTestTree(testApp);
    staff = await insertStaff(testApp, tree);
    const add = (input: DossierInput) => insertDossier(dataSource, tree, staff.handler, input);
    dossiers.dueTomorrowMorning = await add({ dueAt: at('2025-06-12 09:00') });
    dossiers.dueThisAfternoon = await add({ dueAt: at('2025-06-11 16:00') });
    dossiers.apologisedDueThisAfternoon = await add({ dueAt: at('2025-06-11 16:00'), apologyCount: 1 });
    dossiers.anHourLate = await add({ dueAt: at('2025-06-11 09:00') });
    dossiers.nineHoursLate = await add({ dueAt: at('2025-06-10 09:00') });
    dossiers.aWeekLate = await add({ dueAt: at('2025-06-03 09:00') });
    dossiers.dueNextWeekMarkedBefore = await add({
      dueAt: at('2025-06-18 09:00'),
      deadlineAlert: 'DUE_SOON',
    });
    dossiers.pausedLate = await add({
      dueAt: at('2025-06-10 09:00'),
      status: 'AWAITING_FINANCIAL_OBLIGATION',
    });
    dossiers.resolvedMarked = await add({
      dueAt: at('2025-06-10 09:00'),
      status: 'RESOLVED',
      resolvedAt: at('2025-06-11 08:00'),
      deadlineAlert: 'OVERDUE',
      missingApology: true,
    });
    dossiers.sameDayReceivedThisMorning = await add({
      receivedAt: at('2025-06-11 08:00'),
      dueAt: at('2025-06-11 17:00'),
    });
    dossiers.importedAWeekLate = await add({ dueAt: at('2025-06-03 09:00') });
    await dataSource.query(`UPDATE dossiers SET imported_at = now() WHERE id = $1`, [
      dossiers.importedAWeekLate,
    ]);
    dossiers.withRoute = await add({ dueAt: at('2025-06-20 09:00') });
    steps.late = await insertActiveStep(
      dataSource,
      dossiers.withRoute,
      tree.communeB.id,
      at('2025-06-11 08:00'),
    );
    steps.dueTomorrow = await insertActiveStep(
      dataSource,
      dossiers.withRoute,
      tree.communeB.id,
      at('2025-06-12 08:00'),
    );
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('notes each crossed threshold once, marks the dossiers and plans the staff notices', async () => {
    const tick = await watch.tick(NOW);
    expect(tick).toMatchObject({
      ran: true,
      capped: false,
      // Dossiers and (2) route steps; the same-day dossier's missing apology is among them.
      notices: { DUE_SOON: 5, APOLOGY_MISSING: 5, OVERDUE: 4, ESCALATION_1: 2, ESCALATION_2: 1 },
      stepNotices: 2,
    });
    expect(tick.deliveries).toBeGreaterThan(0);
  });

  it('due on Thursday 09:00, within one working day: due soon, the apology still possible today', async () => {
    expect(await noticesOf(dataSource, dossiers.dueTomorrowMorning)).toEqual(['DUE_SOON']);
    expect(await marksOf(dataSource, dossiers.dueTomorrowMorning)).toMatchObject({
      deadline_alert: 'DUE_SOON',
      missing_apology: false,
    });
  });

  it('due this afternoon without an apology: due soon, and the apology window closed yesterday', async () => {
    expect(await noticesOf(dataSource, dossiers.dueThisAfternoon)).toEqual(['APOLOGY_MISSING', 'DUE_SOON']);
    expect(await marksOf(dataSource, dossiers.dueThisAfternoon)).toMatchObject({
      deadline_alert: 'DUE_SOON',
      missing_apology: true,
    });
    expect(await noticesOf(dataSource, dossiers.apologisedDueThisAfternoon)).toEqual(['DUE_SOON']);
    expect((await marksOf(dataSource, dossiers.apologisedDueThisAfternoon)).missing_apology).toBe(false);
  });

  it('an hour late: overdue, not yet escalated; the handler, the unit heads and the desk clerks are told', async () => {
    expect(await noticesOf(dataSource, dossiers.anHourLate)).toEqual(['APOLOGY_MISSING', 'OVERDUE']);
    expect(await marksOf(dataSource, dossiers.anHourLate)).toMatchObject({
      deadline_alert: 'OVERDUE',
      missing_apology: true,
    });
    const told = await recipientsOf(dataSource, dossiers.anHourLate, 'OVERDUE');
    expect(told.map((row) => row.recipient_id)).toEqual(
      sorted([staff.handler, staff.unitHead, staff.communeLeader, staff.clerk]),
    );
    expect(told[0].template).toBe('staff.overdue');
    expect(told[0].params).toMatchObject({
      dueAt: '2025-06-11T02:00:00.000Z',
      agencyName: 'UBND xã Kiểm Thử A',
      threshold: 'OVERDUE',
    });
  });

  it('9 working hours late: escalated once, to the leaders of the district above the commune', async () => {
    expect(await noticesOf(dataSource, dossiers.nineHoursLate)).toEqual([
      'APOLOGY_MISSING',
      'ESCALATION_1',
      'OVERDUE',
    ]);
    const told = await recipientsOf(dataSource, dossiers.nineHoursLate, 'ESCALATION_1');
    expect(told.map((row) => [row.recipient_id, row.template])).toEqual([
      [staff.districtLeader, 'staff.escalation'],
    ]);
  });

  it('a week late (over 40 working hours): escalated twice, the second time to the province leaders', async () => {
    expect(await noticesOf(dataSource, dossiers.aWeekLate)).toEqual([
      'APOLOGY_MISSING',
      'ESCALATION_1',
      'ESCALATION_2',
      'OVERDUE',
    ]);
    const told = await recipientsOf(dataSource, dossiers.aWeekLate, 'ESCALATION_2');
    expect(told.map((row) => row.recipient_id)).toEqual([staff.provinceLeader]);
  });

  it('an inactive clerk is told nothing', async () => {
    const [{ count }] = await dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM notification_deliveries WHERE recipient_id = $1`,
      [staff.inactiveClerk],
    );
    expect(count).toBe(0);
  });

  it('a mark whose deadline moved away is cleared; a closed dossier loses its alert, keeps its missing apology', async () => {
    expect(await marksOf(dataSource, dossiers.dueNextWeekMarkedBefore)).toMatchObject({
      deadline_alert: null,
      missing_apology: false,
    });
    expect(await noticesOf(dataSource, dossiers.dueNextWeekMarkedBefore)).toEqual([]);
    expect(await marksOf(dataSource, dossiers.resolvedMarked)).toMatchObject({
      deadline_alert: null,
      missing_apology: true,
    });
    expect(await noticesOf(dataSource, dossiers.resolvedMarked)).toEqual([]);
  });

  it('a dossier imported from a legacy system is history: no notice, no mark', async () => {
    expect(await noticesOf(dataSource, dossiers.importedAWeekLate)).toEqual([]);
    expect(await marksOf(dataSource, dossiers.importedAWeekLate)).toMatchObject({ deadline_alert: null });
  });

  it('a clock waiting for the citizen is left alone', async () => {
    expect(await noticesOf(dataSource, dossiers.pausedLate)).toEqual([]);
    expect(await marksOf(dataSource, dossiers.pausedLate)).toMatchObject({ deadline_alert: null });
  });

  it('a same-day dossier: the missing apology is noted and marked, but no one is told (none was ever possible)', async () => {
    expect(await noticesOf(dataSource, dossiers.sameDayReceivedThisMorning)).toEqual([
      'APOLOGY_MISSING',
      'DUE_SOON',
    ]);
    expect((await marksOf(dataSource, dossiers.sameDayReceivedThisMorning)).missing_apology).toBe(true);
    expect(await recipientsOf(dataSource, dossiers.sameDayReceivedThisMorning, 'APOLOGY_MISSING')).toEqual(
      [],
    );
    expect(await recipientsOf(dataSource, dossiers.sameDayReceivedThisMorning, 'DUE_SOON')).not.toEqual([]);
  });

  it('open route steps: overdue and due soon, keyed by the step, told to the heads of the step agency and the handler', async () => {
    expect(await noticesOf(dataSource, dossiers.withRoute)).toEqual(
      [`step ${steps.dueTomorrow} DUE_SOON`, `step ${steps.late} OVERDUE`].sort(),
    );
    const told = await recipientsOf(dataSource, dossiers.withRoute, 'OVERDUE', steps.late);
    expect(told.map((row) => row.recipient_id)).toEqual(sorted([staff.handler, staff.communeBHead]));
    expect(told[0].params).toMatchObject({
      agencyName: 'UBND xã Kiểm Thử B',
      stepTask: 'Xác minh nơi cư trú',
    });
    // The dossier itself is due next week: no mark.
    expect((await marksOf(dataSource, dossiers.withRoute)).deadline_alert).toBeNull();
  });

  it('marks are no user-visible change: the row version stays', async () => {
    expect((await marksOf(dataSource, dossiers.anHourLate)).row_version).toBe(1);
  });

  it('a second tick at the same instant notes nothing, plans nothing and changes no mark', async () => {
    const [{ count: deliveriesBefore }] = await dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM notification_deliveries',
    );
    const tick = await watch.tick(NOW);
    expect(tick).toMatchObject({ ran: true, notices: {}, marksChanged: 0, deliveries: 0 });
    const [{ count: deliveriesAfter }] = await dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM notification_deliveries',
    );
    expect(deliveriesAfter).toBe(deliveriesBefore);
  });

  it('on Thursday 09:30 what was due since is overdue, each by its own notice, once', async () => {
    const tick = await watch.tick(at('2025-06-12 09:30'));
    // Four dossiers and a step fell due; the one an hour late yesterday is now 8.5 working hours
    // late; the apology for Thursday's dossier is now missing.
    expect(tick.notices).toEqual({ OVERDUE: 5, ESCALATION_1: 1, APOLOGY_MISSING: 1 });
    expect(await noticesOf(dataSource, dossiers.anHourLate)).toEqual([
      'APOLOGY_MISSING',
      'ESCALATION_1',
      'OVERDUE',
    ]);
    expect(await noticesOf(dataSource, dossiers.dueTomorrowMorning)).toEqual([
      'APOLOGY_MISSING',
      'DUE_SOON',
      'OVERDUE',
    ]);
    expect((await marksOf(dataSource, dossiers.dueTomorrowMorning)).deadline_alert).toBe('OVERDUE');
    expect((await watch.tick(at('2025-06-12 09:31'))).notices).toEqual({});
  });
});

describe('deadline watch: a capped tick leaves the rest for the next ones', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({
      imports: [DeadlineWatchModule],
      env: { DEADLINE_WATCH_INTERVAL_MS: '0', DEADLINE_WATCH_MAX_NOTICES: '3' },
    });
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('notes at most 3 notices a tick, the ones still actionable first, until none is left', async () => {
    const tree = await insertTestTree(testApp);
    const handler = (await insertStaffUser(testApp, { agencyId: tree.communeA.id, roles: ['SPECIALIST'] }))
      .id;
    const late = await insertDossier(testApp.dataSource, tree, handler, { dueAt: at('2025-06-03 09:00') });
    const dueSoon = await insertDossier(testApp.dataSource, tree, handler, { dueAt: at('2025-06-12 09:00') });
    const watch = testApp.app.get(DeadlineWatchService);
    const first = await watch.tick(NOW);
    expect(first).toMatchObject({ capped: true, notices: { DUE_SOON: 1, APOLOGY_MISSING: 1, OVERDUE: 1 } });
    expect(await noticesOf(testApp.dataSource, dueSoon)).toEqual(['DUE_SOON']);
    const second = await watch.tick(NOW);
    expect(second).toMatchObject({ capped: false, notices: { ESCALATION_1: 1, ESCALATION_2: 1 } });
    expect(await noticesOf(testApp.dataSource, late)).toEqual([
      'APOLOGY_MISSING',
      'ESCALATION_1',
      'ESCALATION_2',
      'OVERDUE',
    ]);
    expect((await watch.tick(NOW)).notices).toEqual({});
  });
});

interface ConsultationInput {
  readonly dossierId: string;
  readonly askedBy: string;
  readonly dueAt: Date;
  readonly answeredAt?: Date;
}

// Commune A, holding the dossier, asks commune B (Decree 61/2018 art. 19), as ConsultationsService writes it.
async function insertConsultation(dataSource: DataSource, tree: TestTree, input: ConsultationInput) {
  const answered = input.answeredAt !== undefined;
  const [row] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO dossier_consultations (dossier_id, requesting_agency_id, requested_by_id,
       consulted_agency_id, question, working_days, requested_at, due_at, answer, answered_by_id,
       answered_at, answered_late)
     VALUES ($1, $2, $3, $4, 'Đề nghị xác nhận nơi cư trú của người yêu cầu', 2, $5, $6, $7, $8, $9, $10)
     RETURNING id`,
    [
      input.dossierId,
      tree.communeA.id,
      input.askedBy,
      tree.communeB.id,
      at('2025-06-09 09:00'),
      input.dueAt,
      answered ? 'Xác nhận đúng nơi cư trú' : null,
      answered ? input.askedBy : null,
      input.answeredAt ?? null,
      answered ? false : null,
    ],
  );
  return row.id;
}

describe('deadline watch: consultations (xin ý kiến) crossing their own answer deadline', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let watch: DeadlineWatchService;
  let tree: TestTree;
  const people: Record<string, string> = {};
  const dossiers: Record<string, string> = {};
  const consultations: Record<string, string> = {};
  const keyOf = (name: string) => `c:${consultations[name]}`;
  const recipientIds = async (dossierId: string, threshold: string, name: string) =>
    (await recipientsOf(dataSource, dossierId, threshold, keyOf(name))).map((row) => row.recipient_id);

  beforeAll(async () => {
    testApp = await createTestApp({
      imports: [DeadlineWatchModule],
      env: { DEADLINE_WATCH_INTERVAL_MS: '0' },
    });
    dataSource = testApp.dataSource;
    watch = testApp.app.get(DeadlineWatchService);
    tree = await insertTestTree(testApp);
    const user = async (
      agencyId: string,
      roles: Parameters<typeof insertStaffUser>[1]['roles'],
      active = true,
    ) => (await insertStaffUser(testApp, { agencyId, roles, active })).id;
    // The asking side: none of them is told of a consultation's deadline.
    people.handler = await user(tree.communeA.id, ['SPECIALIST']);
    people.askingHead = await user(tree.communeA.id, ['UNIT_HEAD']);
    people.askingClerk = await user(tree.communeADesk.id, ['CLERK']);
    // The consulted side: those who may answer (handling roles) are told; a clerk may not answer.
    people.consultedSpecialist = await user(tree.communeB.id, ['SPECIALIST']);
    people.consultedHead = await user(tree.communeB.id, ['UNIT_HEAD']);
    people.consultedClerk = await user(tree.communeB.id, ['CLERK']);
    people.consultedInactive = await user(tree.communeB.id, ['SPECIALIST'], false);
    const add = (input: DossierInput) => insertDossier(dataSource, tree, people.handler, input);
    const ask = (dossierId: string, dueAt: Date, answeredAt?: Date) =>
      insertConsultation(dataSource, tree, { dossierId, askedBy: people.handler, dueAt, answeredAt });

    // Due next week itself: only its consultations and its step cross anything.
    dossiers.handled = await add({ dueAt: at('2025-06-20 09:00') });
    consultations.dueTomorrow = await ask(dossiers.handled, at('2025-06-12 09:00'));
    consultations.answeredLate = await ask(dossiers.handled, at('2025-06-10 09:00'), at('2025-06-10 15:00'));
    await insertActiveStep(dataSource, dossiers.handled, tree.communeB.id, at('2025-06-11 08:00'));
    // The citizen's clock waits; the consulted agency's does not (the question is still answerable).
    dossiers.awaitingSupplement = await add({
      dueAt: at('2025-06-20 09:00'),
      status: 'SUPPLEMENT_REQUESTED',
    });
    consultations.lateWhileSupplement = await ask(dossiers.awaitingSupplement, at('2025-06-10 09:00'));
    // Resolved: nothing is waiting for the answer any more.
    dossiers.resolved = await add({
      dueAt: at('2025-06-20 09:00'),
      status: 'RESOLVED',
      resolvedAt: at('2025-06-11 08:00'),
    });
    consultations.leftHandling = await ask(dossiers.resolved, at('2025-06-10 09:00'));
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('notes a consultation due soon and one overdue, beside a route step, each keyed by its consultation', async () => {
    const tick = await watch.tick(NOW);
    expect(tick).toMatchObject({
      ran: true,
      notices: { DUE_SOON: 1, OVERDUE: 2 },
      stepNotices: 1,
      consultationNotices: 2,
    });
    expect((await noticesOf(dataSource, dossiers.handled)).filter((notice) => notice.includes('c:'))).toEqual(
      [`step ${keyOf('dueTomorrow')} DUE_SOON`],
    );
    expect(await noticesOf(dataSource, dossiers.awaitingSupplement)).toEqual([
      `step ${keyOf('lateWhileSupplement')} OVERDUE`,
    ]);
  });

  it('due on Thursday 09:00: those who may answer in the consulted agency are told, not the asking agency', async () => {
    expect(await recipientIds(dossiers.handled, 'DUE_SOON', 'dueTomorrow')).toEqual(
      sorted([people.consultedSpecialist, people.consultedHead]),
    );
    const [told] = await recipientsOf(dataSource, dossiers.handled, 'DUE_SOON', keyOf('dueTomorrow'));
    expect(told.template).toBe('staff.consultation-due-soon');
    expect(told.params).toMatchObject({
      dueAt: '2025-06-12T02:00:00.000Z',
      agencyName: 'UBND xã Kiểm Thử B',
      askingAgencyName: 'UBND xã Kiểm Thử A',
      threshold: 'DUE_SOON',
    });
    // Of any consultation's notice (the handler hears of the route step's, below).
    const [{ count }] = await dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM notification_deliveries nd
       JOIN deadline_notices n ON nd.dedupe_key LIKE 'notice:' || n.id || ':%'
       WHERE starts_with(n.step_key, 'c:') AND nd.recipient_id = ANY($1::uuid[])`,
      [
        [
          people.handler,
          people.askingHead,
          people.askingClerk,
          people.consultedClerk,
          people.consultedInactive,
        ],
      ],
    );
    expect(count).toBe(0);
  });

  it('a route step beside it still goes to the step agency heads and the handler', async () => {
    const [stepKey] = (await noticesOf(dataSource, dossiers.handled))
      .filter((notice) => !notice.includes('c:'))
      .map((notice) => notice.split(' ')[1]);
    expect(
      (await recipientsOf(dataSource, dossiers.handled, 'OVERDUE', stepKey)).map((row) => row.recipient_id),
    ).toEqual(sorted([people.handler, people.consultedHead]));
  });

  it('an answered consultation, or one whose dossier left handling, is noted for no one', async () => {
    expect(await noticesOf(dataSource, dossiers.resolved)).toEqual([]);
    const [{ count }] = await dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM deadline_notices WHERE step_key = ANY($1::text[])`,
      [[keyOf('answeredLate'), keyOf('leftHandling')]],
    );
    expect(count).toBe(0);
  });

  it('a second tick at the same instant notes and plans nothing', async () => {
    expect(await watch.tick(NOW)).toMatchObject({ notices: {}, consultationNotices: 0, deliveries: 0 });
  });

  it('on Thursday 09:30 the consultation is overdue: one more notice, then nothing', async () => {
    const tick = await watch.tick(at('2025-06-12 09:30'));
    expect(tick).toMatchObject({ notices: { OVERDUE: 1 }, consultationNotices: 1 });
    expect(await recipientIds(dossiers.handled, 'OVERDUE', 'dueTomorrow')).toEqual(
      sorted([people.consultedSpecialist, people.consultedHead]),
    );
    const [told] = await recipientsOf(dataSource, dossiers.handled, 'OVERDUE', keyOf('dueTomorrow'));
    expect(told.template).toBe('staff.consultation-overdue');
    expect((await watch.tick(at('2025-06-12 09:31'))).notices).toEqual({});
  });

  it('answered after that: no notice ever again', async () => {
    await dataSource.query(
      `UPDATE dossier_consultations SET answer = 'Đồng ý', answered_by_id = $2, answered_at = $3,
         answered_late = false WHERE id = $1`,
      [consultations.lateWhileSupplement, people.consultedSpecialist, at('2025-06-12 10:00')],
    );
    const before = await noticesOf(dataSource, dossiers.awaitingSupplement);
    expect((await watch.tick(at('2025-06-13 10:00'))).consultationNotices).toBe(0);
    expect(await noticesOf(dataSource, dossiers.awaitingSupplement)).toEqual(before);
  });
});
