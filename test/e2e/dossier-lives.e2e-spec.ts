import { randomUUID } from 'node:crypto';
import { type Role } from '../../src/modules/identity/domain/roles';
import { type Principal } from '../../src/modules/identity';
import { IntakeService } from '../../src/modules/dossiers/intake/intake.service';
import { WorkflowService } from '../../src/modules/dossiers/workflow/workflow.service';
import { type DossierActionDto } from '../../src/modules/dossiers/workflow/dossier-action.dto';
import { bearer, staffToken } from '../support/auth';
import { findAgency } from '../support/dossier-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

// Whole lives of dossiers over weeks. The use cases are driven with the instants a desk would see
// (the services take `now`), in the real app on a real database; what users read is checked over
// HTTP. Times are Vietnamese (+07:00); March 2027 has no public holiday.
const at = (local: string): Date => new Date(`${local}:00+07:00`);

describe('whole lives of dossiers', () => {
  let testApp: TestApp;
  let intake: IntakeService;
  let workflow: WorkflowService;
  let adminToken: string;
  let ids: Record<'desk' | 'commune' | 'district' | 'province' | 'justice', string>;
  let interLevelProcedureId: string;
  let communeProcedureId: string;

  const staff = (roles: Role[], agencyId: string): Principal => ({
    kind: 'staff',
    id: randomUUID(),
    username: `test.${roles.join('-').toLowerCase()}`,
    roles,
    agencyId,
  });
  let people: Record<
    | 'clerk'
    | 'communeSpecialist'
    | 'communeHead'
    | 'districtSpecialist'
    | 'districtHead'
    | 'justiceSpecialist'
    | 'justiceHead',
    Principal
  >;

  async function publishProcedure(code: string, implementation: object): Promise<string> {
    const sector = await testApp.dataSource.query(`SELECT id FROM sectors WHERE code = 'PY-HT'`);
    const created = await testApp
      .http()
      .post('/api/v1/admin/procedures')
      .set(...bearer(adminToken))
      .send({
        code,
        name: `Thủ tục kiểm thử ${code}`,
        sectorId: sector[0].id,
        implementations: [implementation],
        serviceLevel: 2,
        onlineMode: 'NONE',
        fullyOnlineEligible: false,
        channels: ['DIRECT', 'POST'],
        documents: [{ name: 'Đơn đề nghị', form: 'ORIGINAL', quantity: 1, isRequired: true }],
        fees: [],
        resultType: 'Quyết định',
        resultElectronic: false,
        legalBasis: 'Văn bản kiểm thử',
      });
    expect([created.status, created.body.errors]).toEqual([201, undefined]);
    const published = await testApp
      .http()
      .post(`/api/v1/admin/procedures/${created.body.id}/publish`)
      .set(...bearer(adminToken))
      .send({ effectiveFrom: '2026-01-01' });
    expect([published.status, published.body.detail]).toEqual([200, undefined]);
    return created.body.id as string;
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    intake = testApp.app.get(IntakeService);
    workflow = testApp.app.get(WorkflowService);
    const desk = await findAgency(testApp, 'PY-COMMUNE-22015-DESK');
    const commune = await findAgency(testApp, 'PY-COMMUNE-22015');
    const province = await findAgency(testApp, 'PY-PROVINCE-54');
    const justice = await findAgency(testApp, 'PY-DEPT-STP');
    ids = {
      desk: desk.id,
      commune: commune.id,
      district: commune.parentId!,
      province: province.id,
      justice: justice.id,
    };
    adminToken = staffToken(testApp, ['ADMIN'], province.id);
    people = {
      clerk: staff(['CLERK'], desk.id),
      communeSpecialist: staff(['SPECIALIST'], commune.id),
      communeHead: staff(['UNIT_HEAD', 'AGENCY_LEADER'], commune.id),
      districtSpecialist: staff(['SPECIALIST'], ids.district),
      districtHead: staff(['UNIT_HEAD', 'AGENCY_LEADER'], ids.district),
      justiceSpecialist: staff(['SPECIALIST'], justice.id),
      justiceHead: staff(['UNIT_HEAD', 'AGENCY_LEADER'], justice.id),
    };
    // Resolved by the Department of Justice; the commune and the district do their part first.
    interLevelProcedureId = await publishProcedure('TEST.ROUTE.01', {
      level: 'PROVINCE',
      agencyId: justice.id,
      timeLimit: { amount: 15, unit: 'WORKING_DAYS' },
      route: [
        {
          sequence: 1,
          level: 'COMMUNE',
          agencyKind: 'PEOPLES_COMMITTEE',
          task: 'Xác nhận hồ sơ, gửi lên cấp huyện',
          allotted: { amount: 3, unit: 'WORKING_DAYS' },
          isLead: false,
        },
        {
          sequence: 2,
          level: 'DISTRICT',
          agencyKind: 'PEOPLES_COMMITTEE',
          task: 'Thẩm tra, có ý kiến, gửi Sở Tư pháp',
          allotted: { amount: 5, unit: 'WORKING_DAYS' },
          isLead: false,
        },
        {
          sequence: 3,
          level: 'PROVINCE',
          agencyId: justice.id,
          task: 'Thẩm định, quyết định',
          allotted: { amount: 7, unit: 'WORKING_DAYS' },
          isLead: true,
        },
      ],
    });
    communeProcedureId = await publishProcedure('TEST.COMMUNE.01', {
      level: 'COMMUNE',
      agencyKind: 'PEOPLES_COMMITTEE',
      timeLimit: { amount: 5, unit: 'WORKING_DAYS' },
      route: [],
    });
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function receive(procedureId: string, when: string): Promise<{ id: string; version: number }> {
    const dossier = await intake.receiveAtDesk(
      people.clerk,
      {
        procedureId,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Lê Thị Hồng', phone: '0905123456' },
        checklist: [{ documentIndex: 0, provided: true }],
        outcome: 'RECEIVE',
      },
      at(when),
    );
    return { id: dossier.id, version: dossier.rowVersion };
  }

  // Plays actions in order, each with the version the previous one returned.
  async function play(
    dossier: { id: string; version: number },
    moves: Array<[string, Principal, string, DossierActionDto?]>,
  ): Promise<void> {
    for (const [action, actor, when, extra] of moves) {
      const saved = await workflow.act(
        actor,
        dossier.id,
        action,
        { version: dossier.version, ...extra },
        at(when),
      );
      dossier.version = saved.rowVersion;
    }
  }

  interface StepView {
    agencyId: string;
    status: string;
    dueAt: string | null;
    result: string | null;
  }
  interface DossierView {
    history: Array<{ action: string }>;
    steps: StepView[];
    classification: string | null;
  }

  const read = async (id: string): Promise<DossierView> => {
    const response = await testApp
      .http()
      .get(`/api/v1/dossiers/${id}`)
      .set(...bearer(staffToken(testApp, ['CLERK'], ids.desk)));
    expect(response.status).toBe(200);
    return response.body as DossierView;
  };

  it('goes commune → district → province; the district is late and is named; the result comes back to the desk', async () => {
    const dossier = await receive(interLevelProcedureId, '2027-03-01 09:00');
    await play(dossier, [['TRANSFER', people.clerk, '2027-03-01 09:30']]);
    let body = await read(dossier.id);
    expect(body).toMatchObject({
      interAgency: true,
      currentAgencyId: ids.commune,
      dueAt: '2027-03-22T09:00:00+07:00',
    });
    expect(body.history[1].action).toBe('TRANSFER');
    expect(body.steps.map((step) => [step.agencyId, step.status, step.dueAt])).toEqual([
      [ids.commune, 'ACTIVE', '2027-03-04T09:30:00+07:00'],
      [ids.district, 'PENDING', null],
      [ids.justice, 'PENDING', null],
    ]);

    await play(dossier, [
      ['SEND_FOR_APPROVAL', people.communeSpecialist, '2027-03-02 10:00'],
      ['APPROVE', people.communeHead, '2027-03-03 09:00'],
      ['FORWARD_TO_NEXT_AGENCY', people.communeHead, '2027-03-03 10:00'],
    ]);
    // Now at the district: in its inbox, and the commune may no longer handle it.
    const districtQueue = await testApp
      .http()
      .get('/api/v1/dossiers')
      .query({ agencyId: ids.district })
      .set(...bearer(staffToken(testApp, ['SPECIALIST'], ids.district)));
    expect((districtQueue.body as { items: Array<{ id: string }> }).items.map((item) => item.id)).toContain(
      dossier.id,
    );
    await expect(
      workflow.act(
        people.communeSpecialist,
        dossier.id,
        'SEND_FOR_APPROVAL',
        { version: dossier.version },
        at('2027-03-04 09:00'),
      ),
    ).rejects.toMatchObject({ code: 'dossier-not-held-here' });

    await play(dossier, [
      ['SEND_FOR_APPROVAL', people.districtSpecialist, '2027-03-11 09:00'],
      ['APPROVE', people.districtHead, '2027-03-12 09:00'],
      ['FORWARD_TO_NEXT_AGENCY', people.districtHead, '2027-03-12 10:00'], // due 10/3 10:00: late
      ['SEND_FOR_APPROVAL', people.justiceSpecialist, '2027-03-19 09:00'],
      ['APPROVE', people.justiceHead, '2027-03-22 15:00'],
      ['RESOLVE', people.justiceSpecialist, '2027-03-23 09:00'], // the dossier was due 22/3 09:00
      ['RETURN_RESULT', people.clerk, '2027-03-23 14:00'],
    ]);
    body = await read(dossier.id);
    expect(body).toMatchObject({
      status: 'RETURNED',
      classification: 'LATE',
      currentAgencyId: ids.desk,
      lateStepAgencyId: ids.district,
      dueAt: '2027-03-22T09:00:00+07:00',
    });
    expect(body.steps.map((step) => [step.result, step.dueAt])).toEqual([
      ['EARLY', '2027-03-04T09:30:00+07:00'],
      ['LATE', '2027-03-10T10:00:00+07:00'],
      ['ON_TIME', '2027-03-23T10:00:00+07:00'],
    ]);
    // Kept on the dossier at its resolution, for the lateness report.
    const [{ late_step_agency_id: kept }] = await testApp.dataSource.query<
      Array<{ late_step_agency_id: string | null }>
    >(`SELECT late_step_agency_id FROM dossiers WHERE id = $1`, [dossier.id]);
    expect(kept).toBe(ids.district);
    // Sixteen working days from Monday 1/3 09:00 to Tuesday 23/3 09:00, none waiting for the citizen.
    const [{ handling_working_minutes: handling }] = await testApp.dataSource.query<
      Array<{ handling_working_minutes: number }>
    >(`SELECT handling_working_minutes FROM dossiers WHERE id = $1`, [dossier.id]);
    expect(handling).toBe(16 * 480);
    const forwards = await testApp.dataSource.query(
      `SELECT step_result, from_agency_id, to_agency_id, details->'transfer' AS transfer FROM dossier_events
       WHERE dossier_id = $1 AND action IN ('TRANSFER', 'FORWARD_TO_NEXT_AGENCY') ORDER BY id`,
      [dossier.id],
    );
    expect(forwards).toEqual([
      {
        step_result: null,
        from_agency_id: ids.desk,
        to_agency_id: ids.commune,
        transfer: expect.objectContaining({ rule: 'SAME_DAY', late: false }),
      },
      { step_result: 'EARLY', from_agency_id: ids.commune, to_agency_id: ids.district, transfer: null },
      { step_result: 'LATE', from_agency_id: ids.district, to_agency_id: ids.justice, transfer: null },
    ]);
  });

  it('flags a paper dossier received after 15:00 and handed over the next afternoon as a late transfer', async () => {
    const dossier = await receive(communeProcedureId, '2027-03-01 15:30');
    await play(dossier, [['TRANSFER', people.clerk, '2027-03-02 14:00']]);
    const [event] = await testApp.dataSource.query(
      `SELECT details->'transfer' AS transfer FROM dossier_events WHERE dossier_id = $1 AND action = 'TRANSFER'`,
      [dossier.id],
    );
    expect(event.transfer).toMatchObject({
      rule: 'NEXT_WORKING_DAY_OPENING',
      late: true,
      dueAt: at('2027-03-02 07:30').getTime(),
    });
  });

  it('apologises and re-appoints once, and a resolution after the legal deadline stays late', async () => {
    const dossier = await receive(communeProcedureId, '2027-03-01 09:00'); // due Monday 8/3 09:00
    await play(dossier, [
      ['TRANSFER', people.clerk, '2027-03-01 09:30'],
      [
        'ISSUE_APOLOGY',
        people.communeSpecialist,
        '2027-03-04 10:00',
        { note: 'Cần xác minh thêm', newAppointmentAt: '2027-03-10T16:00:00+07:00' },
      ],
    ]);
    await expect(
      workflow.act(
        people.communeSpecialist,
        dossier.id,
        'ISSUE_APOLOGY',
        { version: dossier.version, note: 'Lần hai', newAppointmentAt: '2027-03-12T16:00:00+07:00' },
        at('2027-03-05 09:00'),
      ),
    ).rejects.toMatchObject({ code: 'dossier-apology-already-issued' });
    await play(dossier, [
      ['SEND_FOR_APPROVAL', people.communeSpecialist, '2027-03-08 15:00'],
      ['APPROVE', people.communeHead, '2027-03-09 09:00'],
      ['RESOLVE', people.communeSpecialist, '2027-03-09 10:00'], // before the new appointment
    ]);
    const body = await read(dossier.id);
    expect(body).toMatchObject({
      status: 'RESOLVED',
      dueAt: '2027-03-08T09:00:00+07:00',
      appointmentAt: '2027-03-10T16:00:00+07:00',
      classification: 'LATE',
    });
    const notices = await testApp.dataSource.query(
      `SELECT kind, payload FROM outbox_events WHERE aggregate_id = $1 AND kind = 'dossier.apology-issued'`,
      [dossier.id],
    );
    expect(notices).toEqual([
      {
        kind: 'dossier.apology-issued',
        payload: expect.objectContaining({
          reason: 'Cần xác minh thêm',
          appointmentAt: '2027-03-10T09:00:00.000Z',
        }),
      },
    ]);
  });

  it('pauses for a financial obligation and resumes with the time that was left', async () => {
    const dossier = await receive(communeProcedureId, '2027-03-01 09:00'); // due Monday 8/3 09:00
    await play(dossier, [
      ['TRANSFER', people.clerk, '2027-03-01 09:30'],
      ['AWAIT_FINANCIAL_OBLIGATION', people.communeSpecialist, '2027-03-02 09:00'], // 4 working days left
      ['FINANCIAL_OBLIGATION_MET', people.clerk, '2027-03-05 09:00'],
    ]);
    let body = await read(dossier.id);
    expect(body).toMatchObject({ status: 'IN_PROGRESS', dueAt: '2027-03-11T09:00:00+07:00' });
    await play(dossier, [
      ['SEND_FOR_APPROVAL', people.communeSpecialist, '2027-03-10 09:00'],
      ['APPROVE', people.communeHead, '2027-03-10 10:00'],
      ['RESOLVE', people.communeSpecialist, '2027-03-10 11:00'],
    ]);
    body = await read(dossier.id);
    expect(body.classification).toBe('EARLY'); // a day before the resumed deadline, late on the first
  });

  it('refuses after appraisal within the time limit: resolved as refused, classified, returned', async () => {
    const dossier = await receive(communeProcedureId, '2027-03-01 09:00');
    await play(dossier, [
      ['TRANSFER', people.clerk, '2027-03-01 09:30'],
      ['SEND_FOR_APPROVAL', people.communeSpecialist, '2027-03-03 09:00'],
      ['APPROVE', people.communeHead, '2027-03-03 10:00'],
      [
        'REFUSE_AFTER_APPRAISAL',
        people.communeSpecialist,
        '2027-03-03 11:00',
        { note: 'Không đủ điều kiện theo quy định' },
      ],
      ['RETURN_RESULT', people.clerk, '2027-03-04 09:00'],
    ]);
    expect(await read(dossier.id)).toMatchObject({
      status: 'RETURNED',
      resolution: 'REFUSED',
      classification: 'EARLY',
    });
  });

  it('withdraws at the citizen’s request: an end state, the clock closed, nothing more can happen', async () => {
    const dossier = await receive(interLevelProcedureId, '2027-03-01 09:00');
    await play(dossier, [
      ['TRANSFER', people.clerk, '2027-03-01 09:30'],
      ['WITHDRAW', people.clerk, '2027-03-02 09:00', { note: 'Công dân có đơn xin rút hồ sơ' }],
    ]);
    const body = await read(dossier.id);
    expect(body).toMatchObject({ status: 'WITHDRAWN', classification: null });
    expect(body.steps.map((step) => step.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    await expect(
      workflow.act(
        people.communeHead,
        dossier.id,
        'STOP',
        { version: dossier.version, note: 'x' },
        at('2027-03-03 09:00'),
      ),
    ).rejects.toMatchObject({ code: 'dossier-action-not-allowed' });
  });

  // Last: the day off it declares would move the other lives' dates.
  it('moves an open route step with its dossier when a day off is declared', async () => {
    const dossier = await receive(interLevelProcedureId, '2027-03-01 09:00');
    await play(dossier, [['TRANSFER', people.clerk, '2027-03-01 09:30']]);
    const schedule = await testApp
      .http()
      .get('/api/v1/calendar/years/2027')
      .set(...bearer(adminToken));
    expect(schedule.status).toBe(200);
    const days = [
      ...(schedule.body.days as Array<{ date: string; kind: string; name: string; source?: string }>).map(
        ({ date, kind, name, source }) => ({ date, kind, name, ...(source && { source }) }),
      ),
      { date: '2027-03-03', kind: 'DAY_OFF', name: 'Nghỉ theo quyết định kiểm thử' },
    ];
    const saved = await testApp
      .http()
      .put('/api/v1/calendar/years/2027')
      .set(...bearer(adminToken))
      .send({ source: { documentNumber: 'TEST-03/RD', documentDate: '2027-01-05' }, days });
    expect(saved.status).toBe(200);
    const body = await read(dossier.id);
    expect(body).toMatchObject({ dueAt: '2027-03-23T09:00:00+07:00' });
    expect(body.steps.map((step) => [step.status, step.dueAt])).toEqual([
      ['ACTIVE', '2027-03-05T09:30:00+07:00'],
      ['PENDING', null],
      ['PENDING', null],
    ]);
  });
});
