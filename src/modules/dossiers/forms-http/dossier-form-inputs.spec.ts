import { type DossierEvent } from '../dossier-event.entity';
import { type Dossier } from '../dossier.entity';
import { renderFormJson } from '../forms';
import { buildDossierFormInput, type DossierFormSources } from './dossier-form-inputs';

const at = (vietnamLocal: string): Date => new Date(`${vietnamLocal}:00+07:00`);
const DESK = 'desk-id';
const COMMUNE = 'commune-id';

const dossier = {
  id: 'dossier-id',
  code: '000.21.30.H55-251006-0001',
  status: 'IN_PROGRESS',
  channel: 'DIRECT',
  receivingAgencyId: DESK,
  resolvingAgencyId: COMMUNE,
  currentAgencyId: COMMUNE,
  applicantName: 'Nguyễn Thị Lan',
  applicantIdNumberLast3: '234',
  applicantPhoneLast4: '3456',
  applicantAddress: 'Thôn Phú Tân',
  applicantEmail: null,
  submittedAt: at('2025-10-06T08:30'),
  receivedAt: at('2025-10-06T08:30'),
  appointmentAt: at('2025-10-16T08:30'),
  dueAt: at('2025-10-13T08:30'),
  classification: null,
  registerYear: 2025,
  registerNumber: 57,
  clock: {
    limit: { amount: 5, unit: 'WORKING_DAYS' },
    apology: {
      issuedAtMs: at('2025-10-09T10:00').getTime(),
      previousAppointmentAtMs: at('2025-10-13T08:30').getTime(),
      newAppointmentAtMs: at('2025-10-16T08:30').getTime(),
    },
  },
} as unknown as Dossier;

const event = (action: string, occurredAt: string, extra: Partial<DossierEvent> = {}): DossierEvent =>
  ({
    action,
    occurredAt: at(occurredAt),
    actorKind: 'staff',
    fromAgencyId: DESK,
    toAgencyId: DESK,
    note: null,
    stepDueAt: null,
    stepResult: null,
    details: {},
    ...extra,
  }) as DossierEvent;

const sources = (events: DossierEvent[]): DossierFormSources => ({
  dossier,
  events,
  steps: [],
  headings: new Map([
    [DESK, { parentName: 'UBND xã An Mỹ', name: 'Bộ phận Một cửa xã An Mỹ' }],
    [COMMUNE, { parentName: 'UBND huyện Tuy An', name: 'UBND xã An Mỹ' }],
  ]),
  procedure: { name: 'Đăng ký khai sinh', code: '1.001193', documents: [], fees: [] },
  place: 'Tuy An',
  lookupUrl: 'https://motcua.example/tra-cuu',
});

const HISTORY = [
  event('RECEIVE', '2025-10-06T08:30'),
  event('TRANSFER', '2025-10-06T09:00', { toAgencyId: COMMUNE }),
  event('ISSUE_APOLOGY', '2025-10-09T10:00', {
    fromAgencyId: COMMUNE,
    toAgencyId: COMMUNE,
    note: 'Chờ xác minh nơi cư trú',
  }),
];

describe('a dossier mapped to its forms', () => {
  it('prints the apology from the agency that was late, with the appointment it moved and the new one', () => {
    const input = buildDossierFormInput('apology', sources(HISTORY));
    expect(input).toMatchObject({
      kind: 'apology',
      agency: { name: 'UBND xã An Mỹ' },
      deskName: 'Bộ phận Một cửa xã An Mỹ',
      reason: 'Chờ xác minh nơi cư trú',
      appointmentAt: at('2025-10-13T08:30').getTime(),
      newAppointmentAt: at('2025-10-16T08:30').getTime(),
      issuedAt: at('2025-10-09T10:00').getTime(),
      procedure: { timeLimitText: '5 ngày làm việc' },
    });
    expect(JSON.stringify(renderFormJson('apology', input))).toContain('08 giờ 30 phút, ngày 13/10/2025');
  });

  it('lists the missing documents of a supplement asked at the desk, and the note of one asked during handling', () => {
    const atDesk = buildDossierFormInput(
      'supplement-request',
      sources([
        event('REQUEST_SUPPLEMENT_AT_RECEPTION', '2025-10-06T08:00', {
          note: 'Giấy chứng sinh phải là bản chính',
          details: { missingDocuments: ['Giấy chứng sinh'] },
        }),
      ]),
    );
    expect(atDesk).toMatchObject({ items: ['Giấy chứng sinh'], reason: 'Giấy chứng sinh phải là bản chính' });
    const duringHandling = buildDossierFormInput(
      'supplement-request',
      sources([
        ...HISTORY,
        event('REQUEST_SUPPLEMENT', '2025-10-07T14:00', {
          fromAgencyId: COMMUNE,
          note: 'Bản sao giấy chứng nhận kết hôn\nXác nhận nơi cư trú',
        }),
      ]),
    );
    expect(duringHandling).toMatchObject({
      agency: { name: 'UBND xã An Mỹ' },
      items: ['Bản sao giấy chứng nhận kết hôn', 'Xác nhận nơi cư trú'],
      reason: null,
    });
  });

  it('writes the control sheet as hand-overs: the citizen to the desk, the desk to the commune, each with its step result', () => {
    const input = buildDossierFormInput(
      'process-control',
      sources([
        ...HISTORY,
        event('COMPLETE_STEP', '2025-10-08T10:00', {
          fromAgencyId: COMMUNE,
          toAgencyId: COMMUNE,
          stepDueAt: at('2025-10-09T08:30'),
          stepResult: 'EARLY',
        }),
      ]),
    );
    expect(input.kind).toBe('process-control');
    if (input.kind !== 'process-control') {
      return;
    }
    expect(input.history.map((row) => [row.from.unit, row.to.unit, row.result])).toEqual([
      ['Nguyễn Thị Lan', 'Bộ phận Một cửa xã An Mỹ', null],
      ['Bộ phận Một cửa xã An Mỹ', 'UBND xã An Mỹ', null],
      ['UBND xã An Mỹ', 'UBND xã An Mỹ', null],
      ['UBND xã An Mỹ', 'UBND xã An Mỹ', 'EARLY'],
    ]);
    expect(input).toMatchObject({ resolvingAgencyName: 'UBND xã An Mỹ', dossierCode: dossier.code });
  });

  it('puts the register line on the receipt', () => {
    const input = buildDossierFormInput('receipt', sources(HISTORY));
    expect(input).toMatchObject({ registerEntry: { book: '2025', number: 57 }, dossierCode: dossier.code });
  });
});
