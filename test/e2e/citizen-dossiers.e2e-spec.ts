import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type request from 'supertest';
import { type Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { buildPng, SAMPLE_PDF } from '../../src/infra/storage/test-fixtures';
import { bearer, citizenToken, staffToken } from '../support/auth';
import { findAgency, findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('the signed-in citizen: own dossiers, supplements, resubmission and withdrawal', () => {
  let testApp: TestApp;
  let dataDir: string;
  let desk: Agency;
  let clerk: string;
  let procedureId: string;
  let documentCount: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'mot-cua-citizen-'));
    testApp = await createTestApp({ env: { DATA_DIR: dataDir, LOGIN_ATTEMPTS_PER_MINUTE: '10000' } });
    desk = await findAgency(testApp, 'PY-COMMUNE-22015-DESK');
    clerk = staffToken(testApp, ['CLERK'], desk.id);
    ({ id: procedureId, documentCount } = await findBirthRegistration(testApp));
  });

  afterAll(async () => {
    await testApp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  // An online submission with the last document missing, as a citizen sends it.
  const submit = async (citizen: string) => {
    const checklist = fullChecklist(documentCount).map((entry) =>
      entry.documentIndex === documentCount - 1 ? { ...entry, provided: false } : entry,
    );
    const response = await testApp
      .http()
      .post('/api/v1/public/dossiers')
      .set(...bearer(citizen))
      .set('Idempotency-Key', `nop-${randomUUID()}`)
      .send({
        procedureId,
        deskAgencyId: desk.id,
        applicant: { kind: 'PERSON', name: 'Phạm Thị Mai', phone: '0912345678' },
        checklist,
      });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number; status: string };
  };
  const deskAction = async (id: string, action: string, version: number, note?: string) => {
    const response = await testApp
      .http()
      .post(`/api/v1/dossiers/${id}/actions/${action}`)
      .set(...bearer(clerk))
      .send({ version, note });
    expect([response.status, response.body.detail]).toEqual([200, undefined]);
    return response.body as { id: string; version: number; status: string; currentAgencyId: string };
  };
  const citizenAction = (citizen: string, id: string, action: string, body: object, ifMatch?: string) => {
    const call = testApp
      .http()
      .post(`/api/v1/me/dossiers/${id}/actions/${action}`)
      .set(...bearer(citizen));
    return (ifMatch ? call.set('If-Match', ifMatch) : call).send(body);
  };
  const citizenUpload = (
    citizen: string,
    id: string,
    fields: Record<string, string>,
    file: Buffer = SAMPLE_PDF,
    filename = 'Bản sao giấy chứng sinh.pdf',
  ) => {
    let call = testApp
      .http()
      .post(`/api/v1/me/dossiers/${id}/attachments`)
      .set(...bearer(citizen));
    for (const [name, value] of Object.entries(fields)) {
      call = call.field(name, value);
    }
    return call.attach('file', file, { filename, contentType: 'application/pdf' });
  };

  it('lists and opens only the citizen’s own dossiers, newest first', async () => {
    const citizen = citizenToken(testApp);
    const first = await submit(citizen);
    const second = await submit(citizen);
    const someoneElse = await submit(citizenToken(testApp));

    const list = await testApp
      .http()
      .get('/api/v1/me/dossiers')
      .query({ pageSize: 10 })
      .set(...bearer(citizen));
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 10, total: 2 });
    expect((list.body.items as Array<{ id: string }>).map((item) => item.id)).toEqual([second.id, first.id]);
    const filtered = await testApp
      .http()
      .get('/api/v1/me/dossiers')
      .query({ status: 'RECEIVED' })
      .set(...bearer(citizen));
    expect([filtered.status, filtered.body.total]).toEqual([200, 0]);

    const own = await testApp
      .http()
      .get(`/api/v1/me/dossiers/${first.id}`)
      .set(...bearer(citizen));
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: first.id, status: 'SUBMITTED', attachments: [] });
    const notOwn = await testApp
      .http()
      .get(`/api/v1/me/dossiers/${someoneElse.id}`)
      .set(...bearer(citizen));
    expect([notOwn.status, notOwn.body.type]).toEqual([404, 'urn:mot-cua:problem:dossier-not-found']);
    const staff = await testApp
      .http()
      .get('/api/v1/me/dossiers')
      .set(...bearer(clerk));
    expect(staff.status).toBe(403);
  });

  it('attaches the scans of an online dossier while it waits for the desk check, and no longer once received', async () => {
    const citizen = citizenToken(testApp);
    const submitted = await submit(citizen);
    const scan = await citizenUpload(citizen, submitted.id, { purpose: 'DOCUMENT', documentIndex: '0' });
    expect([scan.status, scan.body.type]).toEqual([201, undefined]);
    expect(scan.body).toMatchObject({ purpose: 'DOCUMENT', documentIndex: 0, uploaderKind: 'citizen' });
    const read = await testApp
      .http()
      .get(`/api/v1/me/dossiers/${submitted.id}`)
      .set(...bearer(citizen));
    expect(read.body.documents[0]).toMatchObject({ digitised: true });
    expect(read.body.version).toBe(submitted.version);

    await deskAction(submitted.id, 'RECEIVE', submitted.version);
    const late = await citizenUpload(citizen, submitted.id, { purpose: 'DOCUMENT', documentIndex: '1' });
    expect([late.status, late.body.type]).toEqual([409, 'urn:mot-cua:problem:attachment-not-accepted-now']);
  });

  it('sends the missing document after a supplement request at reception, then resubmits (stale version: 409)', async () => {
    const citizen = citizenToken(testApp);
    const submitted = await submit(citizen);
    const early = await citizenUpload(citizen, submitted.id, { purpose: 'SUPPLEMENT' });
    expect([early.status, early.body.type]).toEqual([409, 'urn:mot-cua:problem:attachment-not-accepted-now']);

    const asked = await deskAction(
      submitted.id,
      'REQUEST_SUPPLEMENT_AT_RECEPTION',
      submitted.version,
      'Thiếu bản sao giấy chứng sinh',
    );
    expect(asked.status).toBe('SUPPLEMENT_REQUESTED_AT_RECEPTION');

    const missingIndex = documentCount - 1;
    const scan = await citizenUpload(citizen, submitted.id, {
      purpose: 'DOCUMENT',
      documentIndex: String(missingIndex),
    });
    expect([scan.status, scan.body.type]).toEqual([201, undefined]);
    expect(scan.body).toMatchObject({
      purpose: 'DOCUMENT',
      documentIndex: missingIndex,
      uploaderKind: 'citizen',
      fileName: 'Bản sao giấy chứng sinh.pdf',
    });
    const note = await citizenUpload(
      citizen,
      submitted.id,
      { purpose: 'SUPPLEMENT' },
      buildPng(),
      'giai-trinh.png',
    );
    expect([note.status, note.body.mediaType]).toEqual([201, 'image/png']);
    const result = await citizenUpload(citizen, submitted.id, { purpose: 'RESULT' });
    expect([result.status, result.body.type]).toEqual([
      403,
      'urn:mot-cua:problem:attachment-purpose-forbidden',
    ]);
    const intruder = await citizenUpload(citizenToken(testApp), submitted.id, { purpose: 'SUPPLEMENT' });
    expect([intruder.status, intruder.body.type]).toEqual([404, 'urn:mot-cua:problem:dossier-not-found']);

    // The owner downloads what they sent; nobody else can.
    const download = await testApp
      .http()
      .get(scan.body.downloadUrl as string)
      .set(...bearer(citizen))
      .buffer(true)
      .parse(binary);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, SAMPLE_PDF)).toBe(0);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const stranger = await testApp
      .http()
      .get(scan.body.downloadUrl as string)
      .set(...bearer(citizenToken(testApp)));
    expect(stranger.status).toBe(404);

    const read = await testApp
      .http()
      .get(`/api/v1/me/dossiers/${submitted.id}`)
      .set(...bearer(citizen));
    expect(read.body.documents[missingIndex]).toMatchObject({ digitised: true });
    expect((read.body.attachments as Array<{ id: string }>).map((attachment) => attachment.id)).toEqual([
      scan.body.id,
      note.body.id,
    ]);
    expect(read.body.version).toBe(asked.version);

    const stale = await citizenAction(citizen, submitted.id, 'RESUBMIT', { version: submitted.version });
    expect([stale.status, stale.body.type]).toEqual([409, 'urn:mot-cua:problem:dossier-version-stale']);
    const resubmitted = await citizenAction(citizen, submitted.id, 'RESUBMIT', {}, `"${asked.version}"`);
    expect([resubmitted.status, resubmitted.body.detail]).toEqual([200, undefined]);
    expect(resubmitted.body).toMatchObject({ status: 'SUBMITTED' });
    expect(resubmitted.body.version).toBeGreaterThan(asked.version);

    // Back with the desk: no more uploads from the citizen until something is asked again.
    const late = await citizenUpload(citizen, submitted.id, { purpose: 'SUPPLEMENT' });
    expect(late.status).toBe(409);
  });

  it('sends the supplement asked for during handling, which restarts the handling (RECEIVE_SUPPLEMENT)', async () => {
    const citizen = citizenToken(testApp);
    const submitted = await submit(citizen);
    const received = await deskAction(submitted.id, 'RECEIVE', submitted.version);
    const transferred = await deskAction(submitted.id, 'TRANSFER', received.version);
    const specialist = staffToken(testApp, ['SPECIALIST'], transferred.currentAgencyId);
    const asked = await testApp
      .http()
      .post(`/api/v1/dossiers/${submitted.id}/actions/REQUEST_SUPPLEMENT`)
      .set(...bearer(specialist))
      .send({ version: transferred.version, note: 'Bản sao giấy chứng sinh không rõ' });
    expect([asked.status, asked.body.status]).toEqual([200, 'SUPPLEMENT_REQUESTED']);

    const scan = await citizenUpload(citizen, submitted.id, { purpose: 'SUPPLEMENT', documentIndex: '0' });
    expect([scan.status, scan.body.documentIndex]).toEqual([201, 0]);
    const sent = await citizenAction(citizen, submitted.id, 'RECEIVE_SUPPLEMENT', {
      version: asked.body.version,
    });
    expect([sent.status, sent.body.detail]).toEqual([200, undefined]);
    expect(sent.body).toMatchObject({ status: 'IN_PROGRESS', supplementCount: 1 });
    // Only a DOCUMENT scan counts as digitising the checklist.
    const read = await testApp
      .http()
      .get(`/api/v1/me/dossiers/${submitted.id}`)
      .set(...bearer(citizen));
    expect(read.body.documents[0].digitised).toBe(false);
  });

  it('withdraws their own dossier, but takes no staff action (403) and touches no one else’s (404)', async () => {
    const citizen = citizenToken(testApp);
    const own = await submit(citizen);
    const others = await submit(citizenToken(testApp));

    const staffAction = await citizenAction(citizen, own.id, 'RECEIVE', { version: own.version });
    expect([staffAction.status, staffAction.body.type]).toEqual([
      403,
      'urn:mot-cua:problem:dossier-action-not-for-citizens',
    ]);
    const unknown = await citizenAction(citizen, own.id, 'FLY_AWAY', { version: own.version });
    expect([unknown.status, unknown.body.type]).toEqual([404, 'urn:mot-cua:problem:dossier-action-unknown']);
    const foreign = await citizenAction(citizen, others.id, 'WITHDRAW', {
      version: others.version,
      note: 'Không cần nữa',
    });
    expect([foreign.status, foreign.body.type]).toEqual([404, 'urn:mot-cua:problem:dossier-not-found']);
    const unchanged = await testApp
      .http()
      .get(`/api/v1/dossiers/${others.id}`)
      .set(...bearer(clerk));
    expect(unchanged.body.status).toBe('SUBMITTED');

    const withdrawn = await citizenAction(citizen, own.id, 'WITHDRAW', {
      version: own.version,
      note: 'Tôi nộp nhầm thủ tục',
    });
    expect([withdrawn.status, withdrawn.body.detail]).toEqual([200, undefined]);
    expect(withdrawn.body).toMatchObject({ status: 'WITHDRAWN', nationalStatusCode: 7 });
    const afterwards = await citizenUpload(citizen, own.id, { purpose: 'SUPPLEMENT' });
    expect(afterwards.status).toBe(409);
    const staffRoute = await testApp
      .http()
      .post(`/api/v1/me/dossiers/${own.id}/actions/WITHDRAW`)
      .set(...bearer(clerk))
      .send({ version: withdrawn.body.version, note: 'x' });
    expect(staffRoute.status).toBe(403);
  });
});
