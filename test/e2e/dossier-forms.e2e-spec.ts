import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { bearer, citizenToken, staffToken } from '../support/auth';
import {
  type CommuneStaff,
  findProcedure,
  fullJourney,
  intakeAtDesk,
  type SeededProcedureRef,
  takeActions,
} from '../support/dossier-journeys';
import { createTestApp, type TestApp } from '../support/test-app';

interface FormDocumentJson {
  formSetId: string;
  formNumber: string;
  kind: string;
  paper: { size: string; orientation: string };
  title: string;
  dossierCode: string | null;
  qr: { payload: string } | null;
  blocks: Array<{ kind: string; rows?: string[][]; items?: string[] }>;
}

const textOf = (body: unknown): string => JSON.stringify(body);

describe('dossier forms (Mẫu 01–05 and the 2025 stop notice) over HTTP', () => {
  let testApp: TestApp;
  let desk: Agency;
  let commune: Agency;
  let birth: SeededProcedureRef;
  let adoption: SeededProcedureRef;
  let staff: CommuneStaff;
  let stranger: string;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { DB_POOL_SIZE: '25' } });
    const agencies = testApp.app.get(DataSource).getRepository(Agency);
    desk = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015-DESK' });
    commune = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015' });
    const otherDesk = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22018-DESK' });
    birth = await findProcedure(testApp, 'Đăng ký khai sinh', 'COMMUNE');
    // 30 calendar days: long enough to apologise before the deadline whenever the test runs.
    adoption = await findProcedure(testApp, 'Đăng ký việc nuôi con nuôi trong nước', 'COMMUNE');
    staff = {
      clerk: staffToken(testApp, ['CLERK'], desk.id),
      specialist: staffToken(testApp, ['SPECIALIST'], commune.id),
      head: staffToken(testApp, ['UNIT_HEAD', 'AGENCY_LEADER'], commune.id),
    };
    stranger = staffToken(testApp, ['CLERK', 'AGENCY_LEADER'], otherDesk.id);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const form = (id: string, file: string, token = staff.clerk) =>
    testApp
      .http()
      .get(`/api/v1/dossiers/${id}/forms/${file}`)
      .set(...bearer(token))
      .buffer(true);

  async function expectPdfAndJson(id: string, name: string): Promise<FormDocumentJson> {
    const pdf = await form(id, `${name}.pdf`);
    expect([name, pdf.status, pdf.headers['content-type']]).toEqual([name, 200, 'application/pdf']);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const json = await form(id, `${name}.json`);
    expect([name, json.status]).toEqual([name, 200]);
    return json.body as FormDocumentJson;
  }

  async function expectNotAvailable(id: string, name: string, detail: RegExp): Promise<void> {
    for (const format of ['pdf', 'json']) {
      const response = await form(id, `${name}.${format}`);
      expect([name, response.status, response.body.type]).toEqual([
        name,
        404,
        'urn:mot-cua:problem:form-not-available',
      ]);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.detail).toMatch(detail);
    }
  }

  const listForms = (id: string, token = staff.clerk) =>
    testApp
      .http()
      .get(`/api/v1/dossiers/${id}/forms`)
      .set(...bearer(token));

  const available = async (id: string): Promise<string[]> =>
    ((await listForms(id)).body.forms as Array<{ name: string; isAvailable: boolean }>)
      .filter((entry) => entry.isAvailable)
      .map((entry) => entry.name)
      .sort();

  async function receive(procedure = birth, applicantName = 'Nguyễn Thị Lan') {
    const response = await intakeAtDesk(testApp, { procedure, clerk: staff.clerk, applicantName });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number; code: string; registerNumber: number };
  }

  it('serves the receipt and the control sheet of a received dossier, lists what exists, and refuses the others with a reason', async () => {
    const dossier = await receive(birth, 'Phạm Thị Ngọc Ánh');
    expect(await available(dossier.id)).toEqual(['control-sheet', 'receipt']);
    const listing = await listForms(dossier.id);
    expect(listing.body).toMatchObject({ dossierId: dossier.id, formSetId: 'TT03-2025' });
    expect(listing.body.forms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'stop-notice',
          number: '05',
          isAvailable: false,
          reason: expect.stringMatching(/không bị dừng giải quyết/),
        }),
        expect.objectContaining({
          name: 'control-sheet',
          number: '06',
          pdf: expect.stringMatching(/\.pdf$/),
        }),
      ]),
    );

    const receipt = await expectPdfAndJson(dossier.id, 'receipt');
    expect(receipt).toMatchObject({
      kind: 'receipt',
      formNumber: '01',
      paper: { size: 'A5' },
      title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
      dossierCode: dossier.code,
    });
    expect(receipt.qr?.payload).toContain(dossier.code);
    expect(textOf(receipt)).toContain('Phạm Thị Ngọc Ánh');
    expect(textOf(receipt)).toContain(`Số thứ tự: `);
    expect(textOf(receipt)).toContain(`"text":"${dossier.registerNumber}"`);

    const sheet = await expectPdfAndJson(dossier.id, 'control-sheet');
    expect(sheet).toMatchObject({ kind: 'process-control', formNumber: '06', paper: { size: 'A5' } });
    expect(textOf(sheet)).toContain('Tiếp nhận hồ sơ');

    // By number in the dossier's set (2025): 01 is the receipt, 05 the stop notice.
    expect((await form(dossier.id, '01.json')).body.kind).toBe('receipt');
    await expectNotAvailable(dossier.id, '05', /không bị dừng giải quyết/);
    await expectNotAvailable(dossier.id, 'supplement-request', /chưa có yêu cầu bổ sung/);
    await expectNotAvailable(dossier.id, 'refusal', /không bị từ chối/);
    await expectNotAvailable(dossier.id, 'apology', /chưa có văn bản xin lỗi/);
    await expectNotAvailable(dossier.id, 'stop-notice', /không bị dừng giải quyết/);
    await expectNotAvailable(dossier.id, 'certificate', /Không có biểu mẫu "certificate"/);
  });

  it('prints the supplement request asked at the desk (Mẫu 02) with the missing documents, and no receipt', async () => {
    const response = await intakeAtDesk(testApp, {
      procedure: birth,
      clerk: staff.clerk,
      outcome: 'REQUEST_SUPPLEMENT',
      note: 'Giấy chứng sinh phải là bản chính',
      withoutFirstDocument: true,
    });
    expect(response.status).toBe(201);
    const id = response.body.id as string;
    expect(await available(id)).toEqual(['supplement-request']);
    const supplement = await expectPdfAndJson(id, 'supplement-request');
    expect(supplement).toMatchObject({ kind: 'supplement-request', formNumber: '02', dossierCode: null });
    expect(textOf(supplement)).toContain('Tờ khai đăng ký khai sinh');
    expect(textOf(supplement)).toContain('Giấy chứng sinh phải là bản chính');
    await expectNotAvailable(id, 'receipt', /chưa được tiếp nhận/);
    await expectNotAvailable(id, 'control-sheet', /chưa được tiếp nhận/);
  });

  it('prints the refusal at the desk (Mẫu 03) with each reason', async () => {
    const response = await intakeAtDesk(testApp, {
      procedure: birth,
      clerk: staff.clerk,
      outcome: 'REFUSE',
      note: 'Việc sinh đã được đăng ký tại xã khác\nKhông thuộc thẩm quyền của UBND xã',
    });
    expect(response.status).toBe(201);
    const refusal = await expectPdfAndJson(response.body.id as string, 'refusal');
    expect(refusal).toMatchObject({ kind: 'refusal', formNumber: '03' });
    const list = refusal.blocks.find((block) => block.kind === 'list');
    expect(list?.items).toEqual([
      'Việc sinh đã được đăng ký tại xã khác',
      'Không thuộc thẩm quyền của UBND xã',
    ]);
  });

  it('prints the refusal after appraisal from the resolving agency, and the supplement asked during handling', async () => {
    const refused = await receive();
    await takeActions(testApp, refused, [
      ['TRANSFER', staff.clerk],
      ['ASSIGN', staff.head, { assigneeId: randomUUID() }],
      ['SEND_FOR_APPROVAL', staff.specialist],
      ['APPROVE', staff.head],
      ['REFUSE_AFTER_APPRAISAL', staff.specialist, { note: 'Người đi đăng ký không có quyền yêu cầu' }],
    ]);
    const refusal = await expectPdfAndJson(refused.id, 'refusal');
    expect(textOf(refusal)).toContain('Người đi đăng ký không có quyền yêu cầu');
    expect(textOf(refusal)).toContain(commune.name.toUpperCase());

    const incomplete = await receive();
    await takeActions(testApp, incomplete, [
      ['TRANSFER', staff.clerk],
      [
        'REQUEST_SUPPLEMENT',
        staff.specialist,
        { note: 'Bổ sung bản sao giấy chứng nhận kết hôn của cha mẹ' },
      ],
    ]);
    expect(await available(incomplete.id)).toEqual(['control-sheet', 'receipt', 'supplement-request']);
    const supplement = await expectPdfAndJson(incomplete.id, 'supplement-request');
    expect(supplement.dossierCode).toBe(incomplete.code);
    expect(supplement.blocks.find((block) => block.kind === 'list')?.items).toEqual([
      'Bổ sung bản sao giấy chứng nhận kết hôn của cha mẹ',
    ]);
  });

  it('prints the apology (Mẫu 04) with its reason, the appointment it moved and the new one', async () => {
    const dossier = await receive(adoption, 'Trần Văn Đức');
    const received = await testApp
      .http()
      .get(`/api/v1/dossiers/${dossier.id}`)
      .set(...bearer(staff.clerk));
    const oldAppointment = Date.parse(received.body.appointmentAt as string);
    const newAppointment = new Date(oldAppointment + 3 * 86_400_000).toISOString();
    await takeActions(testApp, dossier, [
      ['TRANSFER', staff.clerk],
      [
        'ISSUE_APOLOGY',
        staff.specialist,
        { note: 'Chờ kết quả xác minh của Công an huyện', newAppointmentAt: newAppointment },
      ],
    ]);
    expect(await available(dossier.id)).toEqual(['apology', 'control-sheet', 'receipt']);
    const apology = await expectPdfAndJson(dossier.id, 'apology');
    expect(apology).toMatchObject({
      kind: 'apology',
      formNumber: '04',
      title: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
    });
    const text = textOf(apology);
    expect(text).toContain('Chờ kết quả xác minh của Công an huyện');
    expect(text).toContain('Trần Văn Đức');
    const dayOf = (epochMs: number) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(epochMs);
    expect(text).toContain(dayOf(oldAppointment));
    expect(text).toContain(dayOf(Date.parse(newAppointment)));
  });

  it('prints the stop notice (2025 set) of a stopped dossier', async () => {
    const dossier = await receive();
    await takeActions(testApp, dossier, [
      ['TRANSFER', staff.clerk],
      ['STOP', staff.head, { note: 'Người yêu cầu đã chết trước khi có kết quả' }],
    ]);
    expect(await available(dossier.id)).toEqual(['control-sheet', 'receipt', 'stop-notice']);
    const notice = await expectPdfAndJson(dossier.id, 'stop-notice');
    expect(notice).toMatchObject({ kind: 'stop-notice', formNumber: '05', formSetId: 'TT03-2025' });
    expect(textOf(notice)).toContain('Người yêu cầu đã chết trước khi có kết quả');
    expect((await form(dossier.id, '05.json')).body.kind).toBe('stop-notice');
  });

  it('prints the control sheet of a returned dossier: every hand-over with its agencies, due time and result', async () => {
    const dossier = await receive();
    const returned = await takeActions(testApp, dossier, fullJourney(staff));
    const sheet = await expectPdfAndJson(dossier.id, 'control-sheet');
    const table = sheet.blocks.find((block) => block.kind === 'table');
    expect(table?.rows).toHaveLength(7);
    const rows = table!.rows!;
    // The citizen hands the dossier to the desk, and gets the result back from it.
    expect(rows[0][0]).toBe(`Giao: Nguyễn Thị Lan\nNhận: ${desk.name}`);
    expect(rows[6][0]).toBe(`Giao: ${desk.name}\nNhận: Nguyễn Thị Lan`);
    expect([rows[0][3], rows[6][3]]).toEqual(['', '']);
    expect(rows[1][0]).toBe(`Giao: ${desk.name}\nNhận: ${commune.name}`);
    expect(rows[1][1]).toMatch(
      /^Chuyển hồ sơ đến cơ quan giải quyết: \d{2} giờ \d{2} phút, ngày \d{2}\/\d{2}\/\d{4}$/,
    );
    const resolution = rows[5];
    expect(resolution[2]).not.toBe('');
    expect(resolution[3]).toBe(returned.classification === 'EARLY' ? 'Trước hạn' : 'Đúng hạn');
  });

  it('hides the forms of a dossier from readers out of scope (404), and shows the owner nothing of another', async () => {
    const dossier = await receive();
    expect((await listForms(dossier.id, stranger)).status).toBe(404);
    expect((await form(dossier.id, 'receipt.pdf', stranger)).status).toBe(404);
    expect((await form(dossier.id, 'control-sheet.json', citizenToken(testApp))).status).toBe(404);
    expect((await form(dossier.id, 'receipt.txt')).status).toBe(404);
    expect((await testApp.http().get(`/api/v1/dossiers/${dossier.id}/forms`)).status).toBe(401);
  });
});

describe('the desk register (Mẫu 06): numbers per desk and year, and the register over HTTP', () => {
  let testApp: TestApp;
  let birth: SeededProcedureRef;
  let deskA: Agency;
  let deskB: Agency;
  let districtId: string;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { DB_POOL_SIZE: '30' } });
    const agencies = testApp.app.get(DataSource).getRepository(Agency);
    deskA = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015-DESK' });
    deskB = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22018-DESK' });
    const commune = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015' });
    districtId = commune.parentId!;
    birth = await findProcedure(testApp, 'Đăng ký khai sinh', 'COMMUNE');
  });

  afterAll(async () => {
    await testApp.close();
  });

  const vietnamYear = () =>
    Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
    );

  it('numbers 20 parallel desk intakes 1..20 at each of two desks, without a gap or a repeat', async () => {
    const clerkA = staffToken(testApp, ['CLERK'], deskA.id);
    const clerkB = staffToken(testApp, ['CLERK'], deskB.id);
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        intakeAtDesk(testApp, {
          procedure: birth,
          clerk: index % 2 === 0 ? clerkA : clerkB,
          applicantName: `Người nộp số ${index + 1}`,
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(40).fill(201));
    const numbersAt = (agencyId: string) =>
      responses
        .filter((response) => response.body.receivingAgencyId === agencyId)
        .map((response) => {
          expect(response.body.registerYear).toBe(vietnamYear());
          return response.body.registerNumber as number;
        })
        .sort((a, b) => a - b);
    const oneToTwenty = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(numbersAt(deskA.id)).toEqual(oneToTwenty);
    expect(numbersAt(deskB.id)).toEqual(oneToTwenty);
    // Refused or sent back at the desk: not received, so no line in the register.
    const refused = await intakeAtDesk(testApp, {
      procedure: birth,
      clerk: clerkA,
      outcome: 'REFUSE',
      note: 'Không đủ điều kiện',
    });
    expect(refused.body.registerNumber).toBeNull();
    const next = await intakeAtDesk(testApp, { procedure: birth, clerk: clerkA });
    expect(next.body.registerNumber).toBe(21);
  });

  it('serves the register in number order with the columns of Mẫu 06, to the desk and the leaders above, as PDF (A4) and JSON', async () => {
    const year = vietnamYear();
    const clerk = staffToken(testApp, ['CLERK'], deskA.id);
    const json = await testApp
      .http()
      .get(`/api/v1/registers/${deskA.id}/${year}.json`)
      .set(...bearer(clerk));
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ kind: 'register', paper: { size: 'A4', orientation: 'landscape' } });
    const table = (
      json.body.blocks as Array<{ kind: string; columns?: Array<{ header: string }>; rows?: string[][] }>
    ).find((block) => block.kind === 'table')!;
    expect(table.columns!.map((column) => column.header)).toEqual(
      expect.arrayContaining([
        'STT',
        'Mã hồ sơ',
        'Tên thủ tục hành chính',
        'Tên cá nhân, tổ chức',
        'Hẹn trả kết quả',
      ]),
    );
    expect(table.rows!.map((row) => Number(row[0]))).toEqual(
      Array.from({ length: 21 }, (_, index) => index + 1),
    );
    expect(table.rows![0][2]).toBe('Đăng ký khai sinh');
    expect(textOf(json.body)).toMatch(/Người nộp số \d+/);
    expect(textOf(json.body)).not.toContain('0905123456');

    const pdf = await testApp
      .http()
      .get(`/api/v1/registers/${deskA.id}/${year}.pdf`)
      .set(...bearer(clerk))
      .buffer(true);
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const leader = staffToken(testApp, ['AGENCY_LEADER'], districtId);
    expect(
      (
        await testApp
          .http()
          .get(`/api/v1/registers/${deskA.id}/${year}.json`)
          .set(...bearer(leader))
      ).status,
    ).toBe(200);
  });

  it('filters by receipt day, answers an empty year with an empty register, and hides other desks (404)', async () => {
    const year = vietnamYear();
    const clerk = staffToken(testApp, ['CLERK'], deskA.id);
    const get = (path: string, token = clerk) =>
      testApp
        .http()
        .get(path)
        .set(...bearer(token));
    const rowsOf = (body: { blocks: Array<{ kind: string; rows?: string[][] }> }) =>
      body.blocks.find((block) => block.kind === 'table')!.rows!;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const filtered = await get(`/api/v1/registers/${deskA.id}/${year}.json?from=${today}&to=${today}`);
    expect(filtered.status).toBe(200);
    expect(rowsOf(filtered.body)).toHaveLength(21);
    const before = await get(`/api/v1/registers/${deskA.id}/${year}.json?to=${year}-01-01`);
    expect(before.status).toBe(200);
    expect(today === `${year}-01-01` || rowsOf(before.body).length === 0).toBe(true);
    expect(rowsOf((await get(`/api/v1/registers/${deskA.id}/${year - 1}.json`)).body)).toEqual([]);

    expect((await get(`/api/v1/registers/${deskA.id}/${year}.json?from=${year}-02-30`)).status).toBe(400);
    expect(
      (await get(`/api/v1/registers/${deskA.id}/${year}.json?from=${year}-03-02&to=${year}-03-01`)).status,
    ).toBe(400);
    expect((await get(`/api/v1/registers/${deskA.id}/${year}.json?from=yesterday`)).status).toBe(400);

    const otherClerk = staffToken(testApp, ['CLERK'], deskB.id);
    const hidden = await get(`/api/v1/registers/${deskA.id}/${year}.pdf`, otherClerk);
    expect([hidden.status, hidden.body.type]).toEqual([404, 'urn:mot-cua:problem:register-not-found']);
    expect((await get(`/api/v1/registers/${deskA.id}/${year}.docx`)).status).toBe(404);
    expect((await get(`/api/v1/registers/${randomUUID()}/${year}.json`)).status).toBe(404);
    expect(
      (await get(`/api/v1/registers/${deskA.id}/${year}.json`, staffToken(testApp, ['SPECIALIST'], deskA.id)))
        .status,
    ).toBe(403);
    expect((await get(`/api/v1/registers/${deskA.id}/${year}.json`, citizenToken(testApp))).status).toBe(403);
  });
});
