import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { simpleParser } from 'mailparser';
import { Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { InAppChannel } from '../../src/modules/notifications/channels/in-app.channel';
import { type PlannedDelivery } from '../../src/modules/notifications/deliveries/delivery-channels';
import { DeliveryPlanner } from '../../src/modules/notifications/deliveries/delivery-planner.service';
import { DeliverySender } from '../../src/modules/notifications/deliveries/delivery-sender.service';
import { NotificationDelivery } from '../../src/modules/notifications/deliveries/notification-delivery.entity';
import { StaffNotification } from '../../src/modules/notifications/inbox/staff-notification.entity';
import { noticeTemplate, renderNotice } from '../../src/modules/notifications/templates/notice-templates';
import { bearer, citizenToken, staffToken } from '../support/auth';
import { findProcedure, intakeAtDesk } from '../support/dossier-journeys';
import { type HttpSink, type SmtpSink, startHttpSink, startSmtpSink } from '../support/notification-sinks';
import { createTestApp, describeWithRedis, type TestApp } from '../support/test-app';

const CODE = '000.21.30.H55-250120-0007';
const RECEIVED = noticeTemplate('citizen.received', {
  dossierCode: CODE,
  procedureName: 'Đăng ký khai sinh',
  applicantName: 'Nguyễn Thị Lan',
  deskName: 'Bộ phận Một cửa xã An Mỹ',
  receivedAt: '2025-01-20T01:30:00.000Z',
  appointmentAt: '2025-01-24T09:00:00.000Z',
});
const RESULT_READY = noticeTemplate('citizen.result-ready', {
  dossierCode: CODE,
  procedureName: 'Đăng ký khai sinh',
});
const ASSIGNED = noticeTemplate('staff.assigned', {
  dossierCode: CODE,
  procedureName: 'Đăng ký khai sinh',
  dueAt: '2025-01-24T09:00:00.000Z',
});
const MAIL_FROM = 'Một cửa Phú Yên <no-reply@motcua.phuyen.example>';

type Planned = Omit<PlannedDelivery, 'dedupeKey'>;

async function plan(testApp: TestApp, delivery: Planned, { enqueue = true } = {}): Promise<string> {
  const planner = testApp.app.get(DeliveryPlanner);
  const [id] = await planner.plan([{ dedupeKey: `test:${randomUUID()}`, ...delivery }]);
  if (enqueue) {
    await planner.enqueue([id]);
  }
  return id;
}

function deliveryOf(testApp: TestApp, id: string): Promise<NotificationDelivery> {
  return testApp.dataSource.getRepository(NotificationDelivery).findOneByOrFail({ id });
}

async function waitForStatus(testApp: TestApp, id: string, status: string): Promise<NotificationDelivery> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const delivery = await deliveryOf(testApp, id);
    if (delivery.status === status || Date.now() > deadline) {
      expect({ id, status: delivery.status, lastError: delivery.lastError }).toMatchObject({ status });
      return delivery;
    }
    await sleep(25);
  }
}

const env = (smtp: SmtpSink, gateway: HttpSink): Record<string, string> => ({
  SMTP_URL: smtp.url,
  MAIL_FROM,
  SMS_GATEWAY_URL: `${gateway.url}/sms`,
  SMS_GATEWAY_AUTHORIZATION: 'Bearer thu-nghiem',
  NOTIFICATION_RETRY_BASE_MS: '50',
  NOTIFICATION_MAX_ATTEMPTS: '3',
  NOTIFICATION_SEND_TIMEOUT_MS: '3000',
  PUBLIC_BASE_URL: 'https://dvc.vn',
});

describe('notifications: channels, retries, dead letters, preferences, inbox (in-process queue)', () => {
  let smtp: SmtpSink;
  let gateway: HttpSink;
  let testApp: TestApp;
  let admin: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    gateway = await startHttpSink();
    testApp = await createTestApp({ env: env(smtp, gateway) });
    admin = staffToken(testApp, ['ADMIN'], randomUUID());
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.close();
    await gateway.close();
  });

  it('sends the e-mail to a local SMTP server with the Vietnamese subject and body, and a Message-ID of the delivery', async () => {
    const id = await plan(testApp, {
      channel: 'EMAIL',
      ...RECEIVED,
      recipientKind: 'applicant',
      recipientAddress: 'lan.nguyen@example.vn',
    });
    const delivery = await waitForStatus(testApp, id, 'SENT');
    expect(delivery).toMatchObject({ attempts: 1, lastError: null, recipientMasked: 'l***@example.vn' });
    expect(delivery.sentAt).toBeInstanceOf(Date);
    const mail = smtp.mails.find(
      (received) => received.messageId === `<delivery-${id}@motcua.phuyen.example>`,
    );
    expect(mail?.subject).toBe(`Hồ sơ ${CODE} đã được tiếp nhận`);
    expect(mail?.text).toContain('Kính gửi Ông/Bà Nguyễn Thị Lan,');
    expect(mail?.text).toContain('Ngày hẹn trả kết quả: 24/01/2025 16:00');
    expect(mail?.text).toContain(`Tra cứu tình trạng hồ sơ: https://dvc.vn/tra-cuu?code=${CODE}`);
    expect(mail?.from?.value).toEqual([
      { name: 'Một cửa Phú Yên', address: 'no-reply@motcua.phuyen.example' },
    ]);
    expect(mail?.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('retries a refusing SMTP server with growing waits, then dead-letters it; the admin retries it once fixed', async () => {
    smtp.rejecting = true;
    const refusedBefore = smtp.refusedAt.length;
    const id = await plan(testApp, {
      channel: 'EMAIL',
      ...RESULT_READY,
      recipientKind: 'applicant',
      recipientAddress: 'hoa.le@example.vn',
    });
    const dead = await waitForStatus(testApp, id, 'DEAD');
    smtp.rejecting = false;
    expect(dead.attempts).toBe(3);
    expect(dead.lastError).toMatch(/^SMTP EENVELOPE: .*550/);
    expect(dead.lastError).not.toContain('hoa.le');
    const [first, second, third] = smtp.refusedAt.slice(refusedBefore);
    expect(second - first).toBeGreaterThanOrEqual(50); // NOTIFICATION_RETRY_BASE_MS
    expect(third - second).toBeGreaterThanOrEqual(100); // twice the base
    expect(smtp.refusedAt.length - refusedBefore).toBe(3);

    const list = await testApp
      .http()
      .get('/api/v1/admin/notifications/dead-letters')
      .set(...bearer(admin));
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 50 });
    expect(list.body.items).toContainEqual(
      expect.objectContaining({
        id,
        channel: 'EMAIL',
        template: 'citizen.result-ready',
        recipient: 'h***@example.vn',
        status: 'DEAD',
        attempts: 3,
        lastError: dead.lastError,
      }),
    );
    const clerk = staffToken(testApp, ['CLERK'], randomUUID());
    expect(
      (
        await testApp
          .http()
          .get('/api/v1/admin/notifications/dead-letters')
          .set(...bearer(clerk))
      ).status,
    ).toBe(403);

    const retry = await testApp
      .http()
      .post(`/api/v1/admin/notifications/dead-letters/${id}/retry`)
      .set(...bearer(admin));
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id, status: 'PENDING', attempts: 0, lastError: null });
    const sent = await waitForStatus(testApp, id, 'SENT');
    expect(sent.attempts).toBe(1);
    expect(
      smtp.mails.filter((mail) => mail.messageId === `<delivery-${id}@motcua.phuyen.example>`),
    ).toHaveLength(1);
    const audit = await testApp.dataSource.query<Array<{ summary: Record<string, unknown> }>>(
      `SELECT summary FROM audit_events WHERE action = 'notification.dead-letter.retry' AND target_id = $1`,
      [id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toMatchObject({ channel: 'EMAIL', attempts: 3 });

    const again = await testApp
      .http()
      .post(`/api/v1/admin/notifications/dead-letters/${id}/retry`)
      .set(...bearer(admin));
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:mot-cua:problem:delivery-not-dead');
    const unknown = await testApp
      .http()
      .post(`/api/v1/admin/notifications/dead-letters/${randomUUID()}/retry`)
      .set(...bearer(admin));
    expect(unknown.status).toBe(404);
  });

  it('posts the SMS to the gateway as JSON with the template filled, retrying after a 500', async () => {
    gateway.statuses.push(500);
    const id = await plan(testApp, {
      channel: 'SMS',
      ...RESULT_READY,
      recipientKind: 'applicant',
      recipientAddress: '0905123456',
    });
    const delivery = await waitForStatus(testApp, id, 'SENT');
    expect(delivery).toMatchObject({ attempts: 2, lastError: null, recipientMasked: '******3456' });
    const requests = gateway.requests.filter((request) => request.body.requestId === id);
    expect(requests).toHaveLength(2);
    for (const request of requests) {
      expect(request).toEqual({
        path: '/sms',
        authorization: 'Bearer thu-nghiem',
        body: {
          to: '0905123456',
          text: `Ho so ${CODE} da co ket qua. Moi Ong/Ba den bo phan mot cua de nhan ket qua. Tra cuu: https://dvc.vn/tra-cuu?code=${CODE}`,
          requestId: id,
        },
      });
    }
  });

  it('skips a notice on a channel that is not configured, saying why', async () => {
    const id = await plan(testApp, {
      channel: 'ZALO',
      ...RESULT_READY,
      recipientKind: 'applicant',
      recipientAddress: '0905123456',
    });
    const delivery = await waitForStatus(testApp, id, 'SKIPPED');
    expect(delivery).toMatchObject({
      attempts: 0,
      lastError: 'ZALO gateway is not configured (ZALO_GATEWAY_URL)',
    });
  });

  it('dead-letters at once a notice whose params the template cannot render (retrying would not help)', async () => {
    const id = await plan(testApp, {
      channel: 'EMAIL',
      template: 'citizen.received',
      params: { dossierCode: CODE, appointmentAt: 'thứ Sáu' },
      recipientKind: 'applicant',
      recipientAddress: 'lan.nguyen@example.vn',
    });
    const delivery = await waitForStatus(testApp, id, 'DEAD');
    expect(delivery.attempts).toBe(0);
    expect(delivery.lastError).toBe(
      'template citizen.received: procedureName is required; receivedAt is required; appointmentAt must be an ISO-8601 instant',
    );
  });

  it('shows an in-app notice once even when its job runs twice, or after a worker died having written it', async () => {
    const staffId = randomUUID();
    const sender = testApp.app.get(DeliverySender);
    const notices = testApp.dataSource.getRepository(StaffNotification);

    const twice = await plan(
      testApp,
      { channel: 'IN_APP', ...ASSIGNED, recipientKind: 'staff', recipientId: staffId },
      { enqueue: false },
    );
    await Promise.all([sender.deliver(twice), sender.deliver(twice)]);
    await sender.deliver(twice);
    expect(await deliveryOf(testApp, twice)).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(await notices.countBy({ deliveryId: twice })).toBe(1);

    // A first attempt wrote the notice and died before marking the delivery SENT.
    const crashed = await plan(
      testApp,
      { channel: 'IN_APP', ...ASSIGNED, recipientKind: 'staff', recipientId: staffId },
      { enqueue: false },
    );
    await testApp.app.get(InAppChannel).send({
      deliveryId: crashed,
      template: ASSIGNED.template,
      dossierId: null,
      recipientKind: 'staff',
      recipientId: staffId,
      notice: renderNotice(ASSIGNED.template, ASSIGNED.params, { publicBaseUrl: 'https://dvc.vn' }),
    });
    await testApp.dataSource.query(`UPDATE notification_deliveries SET attempts = 1 WHERE id = $1`, [
      crashed,
    ]);
    await sender.deliver(crashed);
    expect(await deliveryOf(testApp, crashed)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(await notices.countBy({ deliveryId: crashed })).toBe(1);

    const token = staffToken(testApp, ['SPECIALIST'], randomUUID(), staffId);
    const inbox = await testApp
      .http()
      .get('/api/v1/me/notifications')
      .set(...bearer(token));
    expect(inbox.status).toBe(200);
    expect(inbox.body).toMatchObject({ page: 1, pageSize: 50, total: 2, unread: 2 });
    expect(inbox.body.items[0]).toMatchObject({
      kind: 'staff.assigned',
      title: `Hồ sơ ${CODE} được phân công cho đồng chí`,
      body: `Đồng chí được phân công xử lý hồ sơ ${CODE} (Đăng ký khai sinh). Hạn giải quyết: 24/01/2025 16:00.`,
      readAt: null,
    });
    const noticeId = inbox.body.items[1].id as string;
    const read = await testApp
      .http()
      .post(`/api/v1/me/notifications/${noticeId}/read`)
      .set(...bearer(token));
    expect(read.status).toBe(204);
    const unread = await testApp
      .http()
      .get('/api/v1/me/notifications?unread=true')
      .set(...bearer(token));
    expect(unread.body).toMatchObject({ total: 1, unread: 1 });
    expect((unread.body.items as Array<{ id: string }>).map((item) => item.id)).not.toContain(noticeId);

    const someoneElse = staffToken(testApp, ['SPECIALIST'], randomUUID());
    expect(
      (
        await testApp
          .http()
          .post(`/api/v1/me/notifications/${noticeId}/read`)
          .set(...bearer(someoneElse))
      ).status,
    ).toBe(404);
    // A citizen's inbox is their own: no staff notice in it, and none of them to mark.
    const citizen = citizenToken(testApp, staffId);
    const citizenInbox = await testApp
      .http()
      .get('/api/v1/me/notifications')
      .set(...bearer(citizen));
    expect(citizenInbox.body).toMatchObject({ total: 0, unread: 0, items: [] });
    expect(
      (
        await testApp
          .http()
          .post(`/api/v1/me/notifications/${noticeId}/read`)
          .set(...bearer(citizen))
      ).status,
    ).toBe(404);
  });

  it('puts a citizen’s dossier notice in their own inbox with diacritics and the dossier, and nobody else’s', async () => {
    const citizenId = randomUUID();
    const dossierId = randomUUID();
    const id = await plan(testApp, {
      channel: 'IN_APP',
      ...RESULT_READY,
      dossierId,
      recipientKind: 'citizen',
      recipientId: citizenId,
    });
    await waitForStatus(testApp, id, 'SENT');
    const token = citizenToken(testApp, citizenId);
    const inbox = await testApp
      .http()
      .get('/api/v1/me/notifications')
      .set(...bearer(token));
    expect(inbox.status).toBe(200);
    expect(inbox.body).toMatchObject({ total: 1, unread: 1 });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'citizen.result-ready', dossierId, readAt: null });
    expect(inbox.body.items[0].body).toContain('Đăng ký khai sinh');

    // A staff account with the same id (ids are random; the kind still tells them apart).
    const staff = staffToken(testApp, ['SPECIALIST'], randomUUID(), citizenId);
    const staffInbox = await testApp
      .http()
      .get('/api/v1/me/notifications')
      .set(...bearer(staff));
    expect(staffInbox.body).toMatchObject({ total: 0, unread: 0 });
    const noticeId = inbox.body.items[0].id as string;
    expect(
      (
        await testApp
          .http()
          .post(`/api/v1/me/notifications/${noticeId}/read`)
          .set(...bearer(staff))
      ).status,
    ).toBe(404);

    const read = await testApp
      .http()
      .post(`/api/v1/me/notifications/${noticeId}/read`)
      .set(...bearer(token));
    expect(read.status).toBe(204);
    const after = await testApp
      .http()
      .get('/api/v1/me/notifications')
      .set(...bearer(token));
    expect(after.body).toMatchObject({ total: 1, unread: 0 });
    expect(after.body.items[0].readAt).toEqual(expect.any(String));
  });

  it('gives an applicant without an account no in-app notice (there is no inbox to put it in)', async () => {
    const id = await plan(testApp, { channel: 'IN_APP', ...RESULT_READY, recipientKind: 'applicant' });
    const delivery = await waitForStatus(testApp, id, 'SKIPPED');
    expect(delivery.lastError).toContain('in-app notices need an account');
  });

  it('skips the channels a citizen turned off and keeps the others', async () => {
    const citizenId = randomUUID();
    const token = citizenToken(testApp, citizenId);
    const defaults = await testApp
      .http()
      .get('/api/v1/me/notification-preferences')
      .set(...bearer(token));
    expect(defaults.body).toEqual({ email: true, sms: true, zalo: true, inApp: true });
    const put = await testApp
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(...bearer(token))
      .send({ email: false, sms: true, zalo: true, inApp: true });
    expect(put.status).toBe(200);
    expect(
      (
        await testApp
          .http()
          .get('/api/v1/me/notification-preferences')
          .set(...bearer(token))
      ).body,
    ).toEqual({
      email: false,
      sms: true,
      zalo: true,
      inApp: true,
    });
    const invalid = await testApp
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(...bearer(token))
      .send({ email: 'no' });
    expect(invalid.status).toBe(400);

    const recipient = { recipientKind: 'citizen' as const, recipientId: citizenId };
    const email = await plan(testApp, {
      channel: 'EMAIL',
      ...RESULT_READY,
      ...recipient,
      recipientAddress: 'x@example.vn',
    });
    const sms = await plan(testApp, {
      channel: 'SMS',
      ...RESULT_READY,
      ...recipient,
      recipientAddress: '0987654321',
    });
    expect(await waitForStatus(testApp, email, 'SKIPPED')).toMatchObject({
      attempts: 0,
      lastError: 'the recipient turned EMAIL notices off',
    });
    await waitForStatus(testApp, sms, 'SENT');
  });

  it('lists the notices of a dossier, masked, for those who may read it and nobody else', async () => {
    const agencies = testApp.dataSource.getRepository(Agency);
    const desk = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015-DESK' });
    const otherDesk = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22018-DESK' });
    const clerk = staffToken(testApp, ['CLERK'], desk.id);
    const birth = await findProcedure(testApp, 'Đăng ký khai sinh', 'COMMUNE');
    const received = await intakeAtDesk(testApp, { procedure: birth, clerk });
    expect(received.status).toBe(201);
    const dossierId = received.body.id as string;
    const id = await plan(testApp, {
      channel: 'SMS',
      ...RESULT_READY,
      dossierId,
      recipientKind: 'applicant',
      recipientAddress: '0905123456',
    });
    await waitForStatus(testApp, id, 'SENT');

    const list = await testApp
      .http()
      .get(`/api/v1/dossiers/${dossierId}/notifications`)
      .set(...bearer(clerk));
    expect(list.status).toBe(200);
    const listed = (list.body as Array<Record<string, unknown>>).find((item) => item.id === id);
    expect(listed).toEqual({
      id,
      channel: 'SMS',
      template: 'citizen.result-ready',
      recipientKind: 'applicant',
      recipient: '******3456',
      status: 'SENT',
      attempts: 1,
      createdAt: expect.stringMatching(/\+07:00$/),
      sentAt: expect.stringMatching(/\+07:00$/),
    });
    expect(JSON.stringify(list.body)).not.toContain('0905123456');
    for (const outsider of [staffToken(testApp, ['CLERK'], otherDesk.id), citizenToken(testApp)]) {
      const refused = await testApp
        .http()
        .get(`/api/v1/dossiers/${dossierId}/notifications`)
        .set(...bearer(outsider));
      expect(refused.status).toBe(404);
    }
  });
});

describe('notifications: the development file transport', () => {
  it('writes each e-mail as a file under DATA_DIR/outbox-mail when SMTP_URL is not set', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'mot-cua-mail-'));
    const testApp = await createTestApp({ env: { DATA_DIR: dataDir } });
    try {
      const id = await plan(testApp, {
        channel: 'EMAIL',
        ...RECEIVED,
        recipientKind: 'applicant',
        recipientAddress: 'lan.nguyen@example.vn',
      });
      await waitForStatus(testApp, id, 'SENT');
      const mail = await simpleParser(await readFile(path.join(dataDir, 'outbox-mail', `${id}.eml`)));
      expect(mail.subject).toBe(`Hồ sơ ${CODE} đã được tiếp nhận`);
      expect(mail.text).toContain('Thời điểm tiếp nhận: 20/01/2025 08:30');
      expect(mail.messageId).toBe(`<delivery-${id}@motcua.local>`);
    } finally {
      await testApp.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describeWithRedis('notifications on Bull with Redis', () => {
  let smtp: SmtpSink;
  let gateway: HttpSink;
  let testApp: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    gateway = await startHttpSink();
    testApp = await createTestApp({ withRedis: true, env: env(smtp, gateway) });
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.close();
    await gateway.close();
  });

  it('retries a failing gateway through delayed Bull jobs until it answers', async () => {
    gateway.statuses.push(500, 503);
    const id = await plan(testApp, {
      channel: 'SMS',
      ...RESULT_READY,
      recipientKind: 'applicant',
      recipientAddress: '0905123456',
    });
    expect(await waitForStatus(testApp, id, 'SENT')).toMatchObject({ attempts: 3, lastError: null });
    expect(gateway.requests.filter((request) => request.body.requestId === id)).toHaveLength(3);
  });

  it('dead-letters after the last attempt and sends once retried by the admin', async () => {
    smtp.rejecting = true;
    const id = await plan(testApp, {
      channel: 'EMAIL',
      ...RECEIVED,
      recipientKind: 'applicant',
      recipientAddress: 'lan.nguyen@example.vn',
    });
    expect(await waitForStatus(testApp, id, 'DEAD')).toMatchObject({ attempts: 3 });
    smtp.rejecting = false;
    const admin = staffToken(testApp, ['ADMIN'], randomUUID());
    const retry = await testApp
      .http()
      .post(`/api/v1/admin/notifications/dead-letters/${id}/retry`)
      .set(...bearer(admin));
    expect(retry.status).toBe(200);
    await waitForStatus(testApp, id, 'SENT');
    expect(
      smtp.mails.filter((mail) => mail.messageId === `<delivery-${id}@motcua.phuyen.example>`),
    ).toHaveLength(1);
  });
});
