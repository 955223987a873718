import { type DossierContact, fanOut, isPortalEvent, type RelayedEvent } from './outbox-fan-out';

const contact: DossierContact = {
  dossierId: 'd-1',
  code: '000.00.31.H55-270301-0001',
  channel: 'DIRECT',
  procedureName: 'Đăng ký khai sinh',
  applicantName: 'Lê Thị Hồng',
  citizenId: null,
  email: 'hong@example.vn',
  phone: '0905123456',
  receivedAt: new Date('2027-03-01T02:00:00Z'),
  appointmentAt: new Date('2027-03-08T02:00:00Z'),
  deskName: 'Bộ phận một cửa phường 1',
};

const event = (kind: string, payload: Record<string, unknown>): RelayedEvent => ({
  id: '42',
  kind,
  aggregateId: 'd-1',
  payload,
  occurredAt: new Date('2027-03-01T02:00:00Z'),
});

const templates = (planned: ReturnType<typeof fanOut>) => [
  ...new Set(planned.map((delivery) => delivery.template)),
];

describe('which notices an outbox event gives, and to whom', () => {
  it('tells a desk applicant of the receipt by e-mail, SMS and Zalo, each keyed by event, channel and recipient', () => {
    const planned = fanOut(
      event('dossier.status-changed', { status: 'RECEIVED', action: 'RECEIVE' }),
      contact,
    );
    expect(
      planned.map((delivery) => [delivery.channel, delivery.dedupeKey, delivery.recipientAddress]),
    ).toEqual([
      ['EMAIL', 'outbox:42:EMAIL:applicant', 'hong@example.vn'],
      ['SMS', 'outbox:42:SMS:applicant', '0905123456'],
      ['ZALO', 'outbox:42:ZALO:applicant', '0905123456'],
    ]);
    expect(planned[0]).toMatchObject({
      template: 'citizen.received',
      recipientKind: 'applicant',
      params: expect.objectContaining({
        dossierCode: contact.code,
        procedureName: 'Đăng ký khai sinh',
        appointmentAt: '2027-03-08T02:00:00.000Z',
      }),
    });
  });

  it('words an online dossier’s check, a refusal after appraisal and a stop as such, and keeps the reasons', () => {
    const online = { ...contact, channel: 'ONLINE', citizenId: 'c-1' };
    expect(templates(fanOut(event('dossier.status-changed', { status: 'NOT_RECEIVED' }), online))).toEqual([
      'citizen.online-refused',
    ]);
    const refused = fanOut(
      event('dossier.status-changed', {
        status: 'RESOLVED',
        action: 'REFUSE_AFTER_APPRAISAL',
        note: 'Không đủ điều kiện',
      }),
      contact,
    );
    expect(templates(refused)).toEqual(['citizen.refused']);
    expect(refused[0].params).toMatchObject({ reason: 'Không đủ điều kiện' });
    expect(
      fanOut(event('dossier.status-changed', { status: 'RESOLVED', action: 'RESOLVE' }), online)[0],
    ).toMatchObject({
      template: 'citizen.result-ready',
      recipientKind: 'citizen',
      recipientId: 'c-1',
      dedupeKey: 'outbox:42:EMAIL:c-1',
    });
  });

  it('puts an online applicant’s notice in their portal inbox as well, without an address', () => {
    const online = { ...contact, channel: 'ONLINE', citizenId: 'c-1' };
    const planned = fanOut(
      event('dossier.status-changed', { status: 'RECEIVED', action: 'RECEIVE' }),
      online,
    );
    expect(planned.map((delivery) => delivery.channel)).toEqual(['EMAIL', 'SMS', 'ZALO', 'IN_APP']);
    expect(planned[3]).toMatchObject({
      template: 'citizen.online-received',
      recipientKind: 'citizen',
      recipientId: 'c-1',
      recipientAddress: null,
      dedupeKey: 'outbox:42:IN_APP:c-1',
    });
    const withoutAddresses = { ...online, email: null, phone: null };
    expect(
      fanOut(
        event('dossier.status-changed', { status: 'RECEIVED', action: 'RECEIVE' }),
        withoutAddresses,
      ).map((delivery) => delivery.channel),
    ).toEqual(['IN_APP']);
  });

  it('says nothing to the citizen of internal steps, and tells the portal of every status change', () => {
    const transfer = event('dossier.status-changed', { status: 'IN_PROGRESS', action: 'TRANSFER' });
    expect(fanOut(transfer, contact)).toEqual([]);
    expect(isPortalEvent(transfer)).toBe(true);
    expect(isPortalEvent(event('dossier.assigned', {}))).toBe(false);
  });

  it('tells of a new appointment after a calendar change only when the appointment moved', () => {
    const moved = event('dossier.redated', {
      appointmentMoved: true,
      appointmentAt: { from: '2027-03-08T09:00:00+07:00', to: '2027-03-09T09:00:00+07:00' },
    });
    expect(fanOut(moved, contact)[0]).toMatchObject({
      template: 'citizen.redated',
      params: expect.objectContaining({ appointmentAt: '2027-03-09T09:00:00+07:00' }),
    });
    expect(fanOut(event('dossier.redated', { appointmentMoved: false }), contact)).toEqual([]);
  });

  it('gives the assigned handler an in-app notice, and an applicant without addresses nothing', () => {
    expect(fanOut(event('dossier.assigned', { assigneeId: 'u-7', code: contact.code }), contact)).toEqual([
      expect.objectContaining({
        channel: 'IN_APP',
        template: 'staff.assigned',
        recipientKind: 'staff',
        recipientId: 'u-7',
        dedupeKey: 'outbox:42:IN_APP:u-7',
      }),
    ]);
    const silent = { ...contact, email: null, phone: null };
    expect(fanOut(event('dossier.status-changed', { status: 'RECEIVED' }), silent)).toEqual([]);
    expect(fanOut(event('dossier.status-changed', { status: 'RECEIVED' }), null)).toEqual([]);
  });
});
