import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { bearer } from './auth';
import { fullChecklist } from './dossier-fixtures';
import { type TestApp } from './test-app';

// Dossiers taken through the HTTP API the way staff do it, for tests that need a dossier in a
// given state (forms, evaluations).

export interface SeededProcedureRef {
  readonly id: string;
  readonly documentCount: number;
}

// A seeded procedure found as a clerk finds it: by name through the public search.
export async function findProcedure(
  testApp: TestApp,
  name: string,
  level: string,
): Promise<SeededProcedureRef> {
  const search = await testApp.http().get('/api/v1/procedures').query({ q: name, level });
  const found = (search.body.items as Array<{ id: string; name: string }>).find((item) => item.name === name);
  if (!found) {
    throw new Error(`the seeded procedure "${name}" was not found`);
  }
  const detail = await testApp.http().get(`/api/v1/procedures/${found.id}`);
  const documents = (detail.body.currentVersion?.documents ?? detail.body.documents ?? []) as unknown[];
  return { id: found.id, documentCount: documents.length };
}

export interface DeskIntake {
  readonly procedure: SeededProcedureRef;
  readonly clerk: string;
  readonly applicantName?: string;
  readonly outcome?: 'RECEIVE' | 'REQUEST_SUPPLEMENT' | 'REFUSE';
  readonly note?: string;
  // Leave the first document out of the checklist (for a supplement request).
  readonly withoutFirstDocument?: boolean;
}

export function intakeAtDesk(testApp: TestApp, intake: DeskIntake): request.Test {
  const checklist = fullChecklist(intake.procedure.documentCount).map((item, index) =>
    intake.withoutFirstDocument && index === 0 ? { ...item, provided: false } : item,
  );
  return testApp
    .http()
    .post('/api/v1/dossiers')
    .set(...bearer(intake.clerk))
    .send({
      procedureId: intake.procedure.id,
      channel: 'DIRECT',
      applicant: {
        kind: 'PERSON',
        name: intake.applicantName ?? 'Nguyễn Thị Lan',
        phone: '0905123456',
        idNumber: '054200001234',
        address: 'Thôn Phú Tân, xã An Mỹ',
      },
      checklist,
      outcome: intake.outcome ?? 'RECEIVE',
      ...(intake.note === undefined ? {} : { note: intake.note }),
    });
}

export function act(
  testApp: TestApp,
  id: string,
  action: string,
  token: string,
  body: Record<string, unknown>,
): request.Test {
  return testApp
    .http()
    .post(`/api/v1/dossiers/${id}/actions/${action}`)
    .set(...bearer(token))
    .send(body);
}

export type JourneyStep = readonly [action: string, token: string, body?: Record<string, unknown>];

// Takes the actions in order, each with the version the previous one returned; fails loudly on
// the first refusal so a broken journey names its step.
export async function takeActions(
  testApp: TestApp,
  dossier: { id: string; version: number },
  steps: readonly JourneyStep[],
): Promise<Record<string, unknown>> {
  let version = dossier.version;
  let body: Record<string, unknown> = {};
  for (const [action, token, extra] of steps) {
    const response = await act(testApp, dossier.id, action, token, { version, ...extra });
    if (response.status !== 200) {
      throw new Error(`${action} failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    body = response.body as Record<string, unknown>;
    version = body.version as number;
  }
  return body;
}

export interface CommuneStaff {
  readonly clerk: string; // at the commune's desk
  readonly specialist: string; // at the commune's People's Committee
  readonly head: string; // UNIT_HEAD and AGENCY_LEADER there
}

// Received at the desk through to the result returned to the citizen.
export function fullJourney(staff: CommuneStaff): JourneyStep[] {
  return [
    ['TRANSFER', staff.clerk],
    ['ASSIGN', staff.head, { assigneeId: randomUUID() }],
    ['SEND_FOR_APPROVAL', staff.specialist],
    ['APPROVE', staff.head],
    ['RESOLVE', staff.specialist],
    ['RETURN_RESULT', staff.clerk],
  ];
}
