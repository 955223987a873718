import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type request from 'supertest';
import { type Agency } from '../../src/modules/catalog/agencies/agency.entity';
import {
  buildPng,
  buildWindowsExecutableHead,
  generatedStream,
  HTML_PAGE,
  SAMPLE_PDF,
} from '../../src/infra/storage/test-fixtures';
import { bearer, citizenToken, staffToken } from '../support/auth';
import { findAgency, findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

const MB = 1024 * 1024;

// Collects a binary body whatever its type (supertest buffers only text and JSON by default).
function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

describe('dossier attachments: sniffed type, size limits, checksum, digitised flag, scoped reads', () => {
  let testApp: TestApp;
  let dataDir: string;
  let desk: Agency;
  let otherDesk: Agency;
  let clerk: string;
  let procedureId: string;
  let documentCount: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'mot-cua-attachments-'));
    testApp = await createTestApp({ env: { DATA_DIR: dataDir } });
    desk = await findAgency(testApp, 'PY-COMMUNE-22015-DESK');
    otherDesk = await findAgency(testApp, 'PY-COMMUNE-22018-DESK');
    clerk = staffToken(testApp, ['CLERK'], desk.id);
    ({ id: procedureId, documentCount } = await findBirthRegistration(testApp));
  });

  afterAll(async () => {
    await testApp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const receive = async (outcome: 'RECEIVE' | 'REFUSE' = 'RECEIVE') => {
    const response = await testApp
      .http()
      .post('/api/v1/dossiers')
      .set(...bearer(clerk))
      .send({
        procedureId,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Trần Văn Bình', phone: '0905111222' },
        checklist: fullChecklist(documentCount),
        outcome,
        ...(outcome === 'REFUSE' ? { note: 'Không thuộc thẩm quyền của xã' } : {}),
      });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number };
  };

  const upload = (
    dossierId: string,
    file: Buffer,
    fields: Record<string, string>,
    options: { token?: string; filename?: string; contentType?: string } = {},
  ) => {
    let call = testApp
      .http()
      .post(`/api/v1/dossiers/${dossierId}/attachments`)
      .set(...bearer(options.token ?? clerk));
    for (const [name, value] of Object.entries(fields)) {
      call = call.field(name, value);
    }
    return call.attach('file', file, {
      filename: options.filename ?? 'Giấy chứng sinh.pdf',
      contentType: options.contentType ?? 'application/pdf',
    });
  };

  const storedFiles = async (): Promise<string[]> => {
    const root = path.join(dataDir, 'attachments');
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  };
  const attachmentRows = async (dossierId: string): Promise<number> =>
    (
      await testApp.dataSource.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM dossier_attachments WHERE dossier_id = $1',
        [dossierId],
      )
    )[0].n;

  it('stores a PDF scan of document 0 with its checksum, marks it digitised, and serves the same bytes back', async () => {
    const dossier = await receive();
    const response = await upload(dossier.id, SAMPLE_PDF, { purpose: 'DOCUMENT', documentIndex: '0' });
    expect([response.status, response.body.type]).toEqual([201, undefined]);
    expect(response.body).toMatchObject({
      purpose: 'DOCUMENT',
      documentIndex: 0,
      fileName: 'Giấy chứng sinh.pdf',
      mediaType: 'application/pdf',
      sizeBytes: SAMPLE_PDF.length,
      sha256: sha256(SAMPLE_PDF),
      uploaderKind: 'staff',
      downloadUrl: `/api/v1/dossiers/${dossier.id}/attachments/${response.body.id}`,
    });
    expect(response.body.uploadedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+07:00$/);

    const [row] = await testApp.dataSource.query<Array<{ storage_key: string; sha256: string }>>(
      'SELECT storage_key, sha256 FROM dossier_attachments WHERE id = $1',
      [response.body.id],
    );
    expect(row.sha256).toBe(sha256(SAMPLE_PDF));
    const onDisk = await readFile(
      path.join(dataDir, 'attachments', row.storage_key.slice(0, 2), row.storage_key),
    );
    expect(sha256(onDisk)).toBe(row.sha256);

    const read = await testApp
      .http()
      .get(`/api/v1/dossiers/${dossier.id}`)
      .set(...bearer(clerk));
    expect(read.body.documents[0]).toMatchObject({ documentIndex: 0, digitised: true });
    expect(
      (read.body.documents as Array<{ digitised: boolean }>)
        .slice(1)
        .every((document) => !document.digitised),
    ).toBe(true);
    // A scan is not a workflow change: an action prepared on the dossier stays valid.
    expect(read.body.version).toBe(dossier.version);
    expect(read.body.attachments).toEqual([response.body]);

    const list = await testApp
      .http()
      .get(`/api/v1/dossiers/${dossier.id}/attachments`)
      .set(...bearer(clerk));
    expect([list.status, list.body]).toEqual([200, [response.body]]);

    const download = await testApp
      .http()
      .get(response.body.downloadUrl as string)
      .set(...bearer(clerk))
      .buffer(true)
      .parse(binary);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, SAMPLE_PDF)).toBe(0);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(SAMPLE_PDF.length),
      'x-content-type-options': 'nosniff',
      etag: `"${sha256(SAMPLE_PDF)}"`,
      'content-disposition': `attachment; filename="Giay chung sinh.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20ch%E1%BB%A9ng%20sinh.pdf`,
    });

    expect(
      await testApp.dataSource.query(
        `SELECT action, summary->>'sha256' AS sha256 FROM audit_events
          WHERE target_id = $1 AND action LIKE 'dossier.attachment-%' ORDER BY occurred_at, id`,
        [dossier.id],
      ),
    ).toEqual([
      { action: 'dossier.attachment-upload', sha256: sha256(SAMPLE_PDF) },
      { action: 'dossier.attachment-download', sha256: sha256(SAMPLE_PDF) },
    ]);
  });

  it.each([
    ['an HTML page', HTML_PAGE],
    ['a Windows executable', buildWindowsExecutableHead()],
  ])('refuses %s named .pdf and declared application/pdf (415), storing nothing', async (_kind, bytes) => {
    const dossier = await receive();
    const before = await storedFiles();
    const response = await upload(
      dossier.id,
      bytes,
      { purpose: 'DOCUMENT', documentIndex: '0' },
      {
        filename: 'to-khai.pdf',
      },
    );
    expect([response.status, response.body.type]).toEqual([
      415,
      'urn:mot-cua:problem:attachment-type-unsupported',
    ]);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await attachmentRows(dossier.id)).toBe(0);
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a PNG over 10 MB and a PDF over 20 MB (413), storing nothing', async () => {
    const dossier = await receive();
    const before = await storedFiles();
    const png = buildPng();
    const bigPng = await readAll(generatedStream(10 * MB + 1, { prefix: png.subarray(0, 64) }).stream);
    const pngResponse = await upload(
      dossier.id,
      bigPng,
      { purpose: 'OTHER' },
      {
        filename: 'anh.png',
        contentType: 'image/png',
      },
    );
    expect([pngResponse.status, pngResponse.body.type]).toEqual([
      413,
      'urn:mot-cua:problem:attachment-too-large',
    ]);
    const bigPdf = await readAll(
      generatedStream(20 * MB + 4096, { prefix: SAMPLE_PDF.subarray(0, 16) }).stream,
    );
    const pdfResponse = await upload(dossier.id, bigPdf, { purpose: 'DOCUMENT', documentIndex: '0' });
    expect([pdfResponse.status, pdfResponse.body.type]).toEqual([
      413,
      'urn:mot-cua:problem:attachment-too-large',
    ]);
    expect(await attachmentRows(dossier.id)).toBe(0);
    expect(await storedFiles()).toEqual(before);
  });

  it('answers 404 to staff of another desk and to citizens, for the list, the download and the upload', async () => {
    const dossier = await receive();
    const stored = await upload(dossier.id, SAMPLE_PDF, { purpose: 'DOCUMENT', documentIndex: '0' });
    expect(stored.status).toBe(201);
    const outsider = staffToken(testApp, ['CLERK', 'UNIT_HEAD'], otherDesk.id);
    for (const token of [outsider, citizenToken(testApp)]) {
      const list = await testApp
        .http()
        .get(`/api/v1/dossiers/${dossier.id}/attachments`)
        .set(...bearer(token));
      const download = await testApp
        .http()
        .get(stored.body.downloadUrl as string)
        .set(...bearer(token));
      expect([list.status, download.status]).toEqual([404, 404]);
      expect(download.body.type).toBe('urn:mot-cua:problem:dossier-not-found');
    }
    const before = await storedFiles();
    const outsiderUpload = await upload(dossier.id, SAMPLE_PDF, { purpose: 'OTHER' }, { token: outsider });
    expect([outsiderUpload.status, outsiderUpload.body.type]).toEqual([
      404,
      'urn:mot-cua:problem:dossier-not-found',
    ]);
    expect(await storedFiles()).toEqual(before);
    expect(await attachmentRows(dossier.id)).toBe(1);

    // An attachment of another dossier is not found through this one, even for its own desk.
    const other = await receive();
    const crossed = await testApp
      .http()
      .get(`/api/v1/dossiers/${other.id}/attachments/${stored.body.id}`)
      .set(...bearer(clerk));
    expect([crossed.status, crossed.body.type]).toEqual([404, 'urn:mot-cua:problem:attachment-not-found']);
  });

  it('does not let a LEADER_VIEWER (or a citizen, on the staff route) upload', async () => {
    const dossier = await receive();
    const viewer = staffToken(testApp, ['LEADER_VIEWER'], desk.id);
    const viewerUpload = await upload(dossier.id, SAMPLE_PDF, { purpose: 'OTHER' }, { token: viewer });
    expect(viewerUpload.status).toBe(403);
    const citizenUpload = await upload(
      dossier.id,
      SAMPLE_PDF,
      { purpose: 'OTHER' },
      {
        token: citizenToken(testApp),
      },
    );
    expect(citizenUpload.status).toBe(403);
    expect(await attachmentRows(dossier.id)).toBe(0);
    // Reading is still theirs to do.
    const list = await testApp
      .http()
      .get(`/api/v1/dossiers/${dossier.id}/attachments`)
      .set(...bearer(viewer));
    expect([list.status, list.body]).toEqual([200, []]);
  });

  it('checks the form: purpose, documentIndex against the procedure and the dossier, multipart itself', async () => {
    const dossier = await receive();
    const before = await storedFiles();
    const noIndex = await upload(dossier.id, SAMPLE_PDF, { purpose: 'DOCUMENT' });
    expect([noIndex.status, noIndex.body.type]).toEqual([
      400,
      'urn:mot-cua:problem:attachment-fields-invalid',
    ]);
    const badPurpose = await upload(dossier.id, SAMPLE_PDF, { purpose: 'SELFIE' });
    expect(badPurpose.status).toBe(400);
    const beyond = await upload(dossier.id, SAMPLE_PDF, {
      purpose: 'DOCUMENT',
      documentIndex: String(documentCount),
    });
    expect([beyond.status, beyond.body.type]).toEqual([
      422,
      'urn:mot-cua:problem:attachment-document-unknown',
    ]);
    const resultTooEarly = await upload(dossier.id, SAMPLE_PDF, { purpose: 'RESULT' });
    expect([resultTooEarly.status, resultTooEarly.body.type]).toEqual([
      409,
      'urn:mot-cua:problem:attachment-not-accepted-now',
    ]);
    const json = await testApp
      .http()
      .post(`/api/v1/dossiers/${dossier.id}/attachments`)
      .set(...bearer(clerk))
      .send({ purpose: 'OTHER' });
    expect([json.status, json.body.type]).toEqual([400, 'urn:mot-cua:problem:attachment-upload-invalid']);
    const noFile = await testApp
      .http()
      .post(`/api/v1/dossiers/${dossier.id}/attachments`)
      .set(...bearer(clerk))
      .field('purpose', 'OTHER');
    expect([noFile.status, noFile.body.type]).toEqual([400, 'urn:mot-cua:problem:attachment-upload-invalid']);
    const fieldsAfterFile = await testApp
      .http()
      .post(`/api/v1/dossiers/${dossier.id}/attachments`)
      .set(...bearer(clerk))
      .attach('file', buildPng(), { filename: 'the.png', contentType: 'image/png' })
      .field('purpose', 'OTHER');
    expect([fieldsAfterFile.status, fieldsAfterFile.body.mediaType]).toEqual([201, 'image/png']);
    expect(await attachmentRows(dossier.id)).toBe(1);
    expect((await storedFiles()).length).toBe(before.length + 1);
  });

  it('takes nothing more once the dossier is closed (refused at reception: 409)', async () => {
    const refused = await receive('REFUSE');
    const response = await upload(refused.id, SAMPLE_PDF, { purpose: 'OTHER' });
    expect([response.status, response.body.type]).toEqual([
      409,
      'urn:mot-cua:problem:attachment-not-accepted-now',
    ]);
  });
});
