import { randomUUID } from 'node:crypto';
import { CalendarService, formatVietnamInstant } from '../../src/modules/calendar';
import { computeConsultationDue } from '../../src/modules/dossiers/domain';
import { IntakeService } from '../../src/modules/dossiers/intake/intake.service';
import { WorkflowService } from '../../src/modules/dossiers/workflow/workflow.service';
import { type Principal, type Role } from '../../src/modules/identity';
import { bearer, issueAccessToken, staffToken } from '../support/auth';
import {
  findAgency,
  findBirthRegistration,
  fullChecklist,
  type SeededProcedure,
} from '../support/dossier-fixtures';
import { act, intakeAtDesk } from '../support/dossier-journeys';
import { createTestApp, type TestApp } from '../support/test-app';

// Consultations (xin ý kiến, Decree 61/2018 art. 19): a commune's handler asks the Department of
// Justice, with its own deadline in working days; the department's staff see it in their list and
// the dossier, and answer once. Times of the weekend case are Vietnamese (+07:00).
const at = (local: string): Date => new Date(`${local}:00+07:00`);

interface ConsultationView {
  id: string;
  dossierId: string;
  consultedAgencyId: string;
  consultedAgencyName: string;
  question: string;
  workingDays: number;
  requestedAt: string;
  dueAt: string;
  answer: string | null;
  answeredById: string | null;
  answeredAt: string | null;
  answeredLate: boolean | null;
  state: string;
  stateLabel: string;
  answerable: boolean;
}

describe('consultations on a dossier', () => {
  let testApp: TestApp;
  let procedure: SeededProcedure;
  let ids: Record<'desk' | 'commune' | 'justice' | 'otherCommune', string>;
  let people: Record<
    | 'clerk'
    | 'handler'
    | 'head'
    | 'justiceSpecialist'
    | 'justiceHead'
    | 'justiceClerk'
    | 'strangerSpecialist',
    Principal & { kind: 'staff' }
  >;
  const token = (principal: Principal): string => issueAccessToken(testApp, principal);
  const staff = (roles: Role[], agencyId: string): Principal & { kind: 'staff' } => ({
    kind: 'staff',
    id: randomUUID(),
    username: `test.${roles.join('-').toLowerCase()}`,
    roles,
    agencyId,
  });

  beforeAll(async () => {
    testApp = await createTestApp();
    procedure = await findBirthRegistration(testApp);
    const justice = await findAgency(testApp, 'PY-DEPT-STP');
    ids = {
      desk: (await findAgency(testApp, 'PY-COMMUNE-22015-DESK')).id,
      commune: (await findAgency(testApp, 'PY-COMMUNE-22015')).id,
      justice: justice.id,
      otherCommune: (await findAgency(testApp, 'PY-COMMUNE-22018')).id,
    };
    people = {
      clerk: staff(['CLERK'], ids.desk),
      handler: staff(['SPECIALIST'], ids.commune),
      head: staff(['UNIT_HEAD', 'AGENCY_LEADER'], ids.commune),
      justiceSpecialist: staff(['SPECIALIST'], ids.justice),
      justiceHead: staff(['UNIT_HEAD'], ids.justice),
      justiceClerk: staff(['CLERK'], ids.justice),
      strangerSpecialist: staff(['SPECIALIST', 'UNIT_HEAD'], ids.otherCommune),
    };
  });

  afterAll(async () => {
    await testApp.close();
  });

  // Received at the commune's desk, handed over and assigned: IN_PROGRESS at the commune.
  async function dossierInProgress(): Promise<{ id: string; version: number }> {
    const received = await intakeAtDesk(testApp, { procedure, clerk: token(people.clerk) });
    expect(received.status).toBe(201);
    let version = received.body.version as number;
    for (const [action, actor, body] of [
      ['TRANSFER', people.clerk, {}],
      ['ASSIGN', people.head, { assigneeId: people.handler.id }],
    ] as const) {
      const response = await act(testApp, received.body.id, action, token(actor), { version, ...body });
      expect([action, response.status]).toEqual([action, 200]);
      version = response.body.version;
    }
    return { id: received.body.id, version };
  }

  const consultationsOf = async (id: string, reader: Principal): Promise<ConsultationView[]> => {
    const response = await testApp
      .http()
      .get(`/api/v1/dossiers/${id}/consultations`)
      .set(...bearer(token(reader)));
    expect(response.status).toBe(200);
    return response.body as ConsultationView[];
  };

  const openListOf = async (reader: Principal): Promise<ConsultationView[]> => {
    const response = await testApp
      .http()
      .get('/api/v1/consultations')
      .query({ state: 'open', pageSize: 200 })
      .set(...bearer(token(reader)));
    expect(response.status).toBe(200);
    return response.body.items as ConsultationView[];
  };

  // What a refused request must leave as it was.
  const footprint = async (id: string) => ({
    consultations: await testApp.dataSource.query(
      'SELECT id, answered_at FROM dossier_consultations WHERE dossier_id = $1 ORDER BY id',
      [id],
    ),
    events: await testApp.dataSource.query(
      'SELECT count(*)::int AS n FROM dossier_events WHERE dossier_id = $1',
      [id],
    ),
    outbox: await testApp.dataSource.query(
      'SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = $1',
      [id],
    ),
    version: (await testApp.dataSource.query('SELECT row_version AS v FROM dossiers WHERE id = $1', [id]))[0]
      .v,
  });

  it('consults the Department of Justice, which sees it, reads the dossier and answers on time', async () => {
    const dossier = await dossierInProgress();
    const before = await testApp
      .http()
      .get(`/api/v1/dossiers/${dossier.id}`)
      .set(...bearer(token(people.handler)));
    const consulted = await act(testApp, dossier.id, 'CONSULT', token(people.handler), {
      version: dossier.version,
      consultedAgencyId: ids.justice,
      question: 'Đề nghị cho ý kiến về giấy chứng sinh cấp ở nước ngoài',
      workingDays: 3,
    });
    expect(consulted.status).toBe(200);
    // The dossier's clock does not move; its status stays.
    expect(consulted.body).toMatchObject({
      status: 'IN_PROGRESS',
      dueAt: before.body.dueAt,
      appointmentAt: before.body.appointmentAt,
    });

    const [listed] = await consultationsOf(dossier.id, people.handler);
    const [event] = await testApp.dataSource.query<Array<{ occurred_at: Date; details: object }>>(
      `SELECT occurred_at, details FROM dossier_events WHERE dossier_id = $1 AND action = 'CONSULT'`,
      [dossier.id],
    );
    const cal = await testApp.app.get(CalendarService).calendarFor(ids.desk);
    expect(listed).toMatchObject({
      consultedAgencyId: ids.justice,
      question: 'Đề nghị cho ý kiến về giấy chứng sinh cấp ở nước ngoài',
      workingDays: 3,
      dueAt: formatVietnamInstant(computeConsultationDue(cal, event.occurred_at.getTime(), 3)),
      state: 'WITHIN_TIME',
      stateLabel: 'Trong hạn',
      answer: null,
      answerable: false,
    });
    expect(event.details).toMatchObject({ consultation: { id: listed.id, workingDays: 3 } });

    // The department: in its open list and its work queue, the dossier readable, only the answer offered.
    const open = await openListOf(people.justiceSpecialist);
    expect(open.filter((item) => item.id === listed.id)).toEqual([
      expect.objectContaining({ answerable: true, state: 'WITHIN_TIME' }),
    ]);
    const queue = await testApp
      .http()
      .get('/api/v1/dossiers')
      .query({ pageSize: 200 })
      .set(...bearer(token(people.justiceSpecialist)));
    expect((queue.body.items as Array<{ id: string }>).map((item) => item.id)).toContain(dossier.id);
    const read = await testApp
      .http()
      .get(`/api/v1/dossiers/${dossier.id}`)
      .set(...bearer(token(people.justiceSpecialist)));
    expect(read.status).toBe(200);
    const actions = await testApp
      .http()
      .get(`/api/v1/dossiers/${dossier.id}/actions`)
      .set(...bearer(token(people.justiceSpecialist)));
    expect((actions.body.actions as Array<{ action: string }>).map((item) => item.action)).toEqual([
      'ANSWER_CONSULTATION',
    ]);
    // A handling action of the commune is not theirs.
    const foreign = await act(testApp, dossier.id, 'SEND_FOR_APPROVAL', token(people.justiceSpecialist), {
      version: consulted.body.version,
    });
    expect(foreign.status).toBe(403);

    const answered = await act(testApp, dossier.id, 'ANSWER_CONSULTATION', token(people.justiceSpecialist), {
      version: consulted.body.version,
      answer: 'Giấy chứng sinh đã được hợp pháp hóa lãnh sự, đủ điều kiện sử dụng.',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'IN_PROGRESS', dueAt: before.body.dueAt });
    const [done] = await consultationsOf(dossier.id, people.handler);
    expect(done).toMatchObject({
      answer: 'Giấy chứng sinh đã được hợp pháp hóa lãnh sự, đủ điều kiện sử dụng.',
      answeredById: people.justiceSpecialist.id,
      answeredLate: false,
      state: 'ANSWERED_ON_TIME',
      stateLabel: 'Đã trả lời đúng hạn',
    });
    expect(done.answeredAt).not.toBeNull();
    expect((await openListOf(people.justiceSpecialist)).map((item) => item.id)).not.toContain(listed.id);

    // History, outbox and audit were written with each action.
    expect((read.body.history as Array<{ action: string }>).map((entry) => entry.action).slice(-1)).toEqual([
      'CONSULT',
    ]);
    expect(
      await testApp.dataSource.query(
        `SELECT kind FROM outbox_events WHERE aggregate_id = $1 AND kind LIKE 'dossier.consultation%' ORDER BY id`,
        [dossier.id],
      ),
    ).toEqual([{ kind: 'dossier.consultation-requested' }, { kind: 'dossier.consultation-answered' }]);
    expect(
      await testApp.dataSource.query(
        `SELECT action FROM audit_events WHERE target_id = $1 AND action IN ('dossier.consult', 'dossier.answer_consultation') ORDER BY id`,
        [dossier.id],
      ),
    ).toEqual([{ action: 'dossier.consult' }, { action: 'dossier.answer_consultation' }]);
    const history = await testApp
      .http()
      .get(`/api/v1/dossiers/${dossier.id}`)
      .set(...bearer(token(people.handler)));
    expect(
      (history.body.history as Array<{ action: string; note: string }>)
        .slice(-2)
        .map((entry) => [entry.action, entry.note]),
    ).toEqual([
      ['CONSULT', 'Đề nghị cho ý kiến về giấy chứng sinh cấp ở nước ngoài'],
      ['ANSWER_CONSULTATION', 'Giấy chứng sinh đã được hợp pháp hóa lãnh sự, đủ điều kiện sử dụng.'],
    ]);
  });

  it('closes an unanswered consultation when its dossier is withdrawn: not overdue, no longer to answer', async () => {
    const dossier = await dossierInProgress();
    const consulted = await act(testApp, dossier.id, 'CONSULT', token(people.handler), {
      version: dossier.version,
      consultedAgencyId: ids.justice,
      question: 'Đề nghị cho ý kiến về hộ tịch',
      workingDays: 1,
    });
    expect(consulted.status).toBe(200);
    expect((await openListOf(people.justiceSpecialist)).map((row) => row.dossierId)).toContain(dossier.id);
    const withdrawn = await act(testApp, dossier.id, 'WITHDRAW', token(people.clerk), {
      version: consulted.body.version,
      note: 'Công dân xin rút hồ sơ',
    });
    expect(withdrawn.status).toBe(200);
    const [closed] = await consultationsOf(dossier.id, people.handler);
    expect(closed).toMatchObject({
      state: 'CLOSED_UNANSWERED',
      stateLabel: 'Không còn chờ trả lời (hồ sơ đã thôi xử lý)',
      answer: null,
      answerable: false,
    });
    expect((await openListOf(people.justiceSpecialist)).map((row) => row.dossierId)).not.toContain(
      dossier.id,
    );
  });

  it('counts 2 working days from Friday 28/8/2026 10:00 over the weekend and the National Day break to Friday 4/9 10:00; an answer at 11:00 is late', async () => {
    const intake = testApp.app.get(IntakeService);
    const workflow = testApp.app.get(WorkflowService);
    const received = await intake.receiveAtDesk(
      people.clerk,
      {
        procedureId: procedure.id,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Lê Thị Hồng', phone: '0905123456' },
        checklist: fullChecklist(procedure.documentCount),
        outcome: 'RECEIVE',
      },
      at('2026-08-27 09:00'),
    );
    let version = received.rowVersion;
    const moves: Array<[string, Principal, string, object]> = [
      ['TRANSFER', people.clerk, '2026-08-27 09:30', {}],
      ['ASSIGN', people.head, '2026-08-27 10:00', { assigneeId: people.handler.id }],
      [
        'CONSULT',
        people.handler,
        '2026-08-28 10:00',
        {
          consultedAgencyId: ids.justice,
          question: 'Xác minh nơi đăng ký thường trú của người mẹ',
          workingDays: 2,
        },
      ],
    ];
    for (const [action, actor, when, extra] of moves) {
      version = (await workflow.act(actor, received.id, action, { version, ...extra }, at(when))).rowVersion;
    }
    const [open] = await consultationsOf(received.id, people.justiceSpecialist);
    // Saturday 29/8 to Wednesday 2/9 are days off (weekend, Monday 31/8 given, National Day 1–2/9).
    expect(open).toMatchObject({
      requestedAt: '2026-08-28T10:00:00+07:00',
      dueAt: '2026-09-04T10:00:00+07:00',
      state: 'OVERDUE', // read today, long after
      answerable: true,
    });

    await workflow.act(
      people.justiceHead,
      received.id,
      'ANSWER_CONSULTATION',
      { version, consultationId: open.id, answer: 'Người mẹ thường trú tại xã An Mỹ.' },
      at('2026-09-04 11:00'),
    );
    const [late] = await consultationsOf(received.id, people.handler);
    expect(late).toMatchObject({
      answeredAt: '2026-09-04T11:00:00+07:00',
      answeredById: people.justiceHead.id,
      answeredLate: true,
      state: 'ANSWERED_LATE',
      stateLabel: 'Đã trả lời quá hạn',
    });
  });

  it('refuses bad requests with a problem+json and changes nothing', async () => {
    const dossier = await dossierInProgress();
    const consult = (body: object, actor: Principal = people.handler) =>
      act(testApp, dossier.id, 'CONSULT', token(actor), { version: dossier.version, ...body });
    const valid = { consultedAgencyId: ids.justice, question: 'Cho ý kiến về hồ sơ' };
    const untouched = await footprint(dossier.id);
    const refusals: Array<[string, object, number, string, string?]> = [
      [
        'unknown agency',
        { ...valid, consultedAgencyId: randomUUID() },
        422,
        'consultation-agency-unknown',
        'consultedAgencyId',
      ],
      [
        'own agency',
        { ...valid, consultedAgencyId: ids.commune },
        422,
        'consultation-agency-own',
        'consultedAgencyId',
      ],
      [
        'own desk',
        { ...valid, consultedAgencyId: ids.desk },
        422,
        'consultation-agency-own',
        'consultedAgencyId',
      ],
      ['0 days', { ...valid, workingDays: 0 }, 400, 'consultation-invalid', 'workingDays'],
      ['16 days', { ...valid, workingDays: 16 }, 400, 'consultation-invalid', 'workingDays'],
      ['empty question', { ...valid, question: '   ' }, 400, 'consultation-invalid', 'question'],
      ['no agency', { question: 'Cho ý kiến' }, 400, 'consultation-invalid', 'consultedAgencyId'],
      [
        'not a uuid',
        { ...valid, consultedAgencyId: 'sở tư pháp' },
        400,
        'validation-failed',
        'consultedAgencyId',
      ],
    ];
    for (const [name, body, status, code, field] of refusals) {
      const response = await consult(body);
      expect([name, response.status, response.body.type]).toEqual([
        name,
        status,
        `urn:mot-cua:problem:${code}`,
      ]);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.title).toMatch(/[À-ỹ]/);
      if (field) {
        expect((response.body.errors as Array<{ field: string }>).map((error) => error.field)).toContain(
          field,
        );
      }
    }
    // The department's specialist may not ask on the commune's behalf.
    expect((await consult(valid, people.justiceSpecialist)).status).toBe(404);
    expect(await footprint(dossier.id)).toEqual(untouched);

    // Two questions to the department; its answers must name which one.
    const first = await consult(valid);
    expect(first.status).toBe(200);
    const second = await act(testApp, dossier.id, 'CONSULT', token(people.handler), {
      ...valid,
      version: first.body.version,
      question: 'Cho ý kiến thứ hai',
      workingDays: 1,
    });
    expect(second.status).toBe(200);
    const version = second.body.version as number;
    const [one, two] = await consultationsOf(dossier.id, people.justiceSpecialist);
    const answer = (actor: Principal, body: object) =>
      act(testApp, dossier.id, 'ANSWER_CONSULTATION', token(actor), { version, ...body });
    const pending = await footprint(dossier.id);
    const answerRefusals: Array<[string, Principal, object, number, string]> = [
      ['which one', people.justiceSpecialist, { answer: 'Đồng ý' }, 400, 'consultation-choice-required'],
      [
        'empty answer',
        people.justiceSpecialist,
        { consultationId: one.id, answer: ' ' },
        400,
        'consultation-invalid',
      ],
      [
        'unknown one',
        people.justiceSpecialist,
        { consultationId: randomUUID(), answer: 'Đồng ý' },
        404,
        'consultation-not-found',
      ],
      [
        'the handler',
        people.handler,
        { consultationId: one.id, answer: 'Đồng ý' },
        403,
        'consultation-not-addressed-here',
      ],
      [
        'a clerk of the department',
        people.justiceClerk,
        { consultationId: one.id, answer: 'Đồng ý' },
        403,
        'dossier-action-forbidden',
      ],
      [
        'another agency',
        people.strangerSpecialist,
        { consultationId: one.id, answer: 'Đồng ý' },
        404,
        'dossier-not-found',
      ],
    ];
    for (const [name, actor, body, status, code] of answerRefusals) {
      const response = await answer(actor, body);
      expect([name, response.status, response.body.type]).toEqual([
        name,
        status,
        `urn:mot-cua:problem:${code}`,
      ]);
    }
    expect(await footprint(dossier.id)).toEqual(pending);

    const answered = await answer(people.justiceSpecialist, { consultationId: two.id, answer: 'Đồng ý' });
    expect(answered.status).toBe(200);
    const twice = await act(testApp, dossier.id, 'ANSWER_CONSULTATION', token(people.justiceHead), {
      version: answered.body.version,
      consultationId: two.id,
      answer: 'Trả lời lần nữa',
    });
    expect([twice.status, twice.body.type]).toEqual([
      409,
      'urn:mot-cua:problem:consultation-already-answered',
    ]);
    const [, stillAnswered] = await consultationsOf(dossier.id, people.handler);
    expect(stillAnswered).toMatchObject({ answer: 'Đồng ý', answeredById: people.justiceSpecialist.id });

    // Another agency reads neither the dossier nor its consultations, nor finds them in its list.
    for (const path of [`/api/v1/dossiers/${dossier.id}`, `/api/v1/dossiers/${dossier.id}/consultations`]) {
      const response = await testApp
        .http()
        .get(path)
        .set(...bearer(token(people.strangerSpecialist)));
      expect([path, response.status]).toEqual([path, 404]);
    }
    expect(await openListOf(people.strangerSpecialist)).toEqual([]);
    // The list is for those who answer: a clerk of the department gets 403.
    expect(
      (
        await testApp
          .http()
          .get('/api/v1/consultations')
          .set(...bearer(staffToken(testApp, ['CLERK'], ids.justice)))
      ).status,
    ).toBe(403);
    const badState = await testApp
      .http()
      .get('/api/v1/consultations')
      .query({ state: 'late' })
      .set(...bearer(token(people.justiceSpecialist)));
    expect(badState.status).toBe(400);
  });
});
