import {
  channelOfNationalCode,
  describeStatus,
  DOSSIER_STATUSES,
  isDossierStatus,
  isEndStatus,
  NATIONAL_STATUS_CODES,
  NATIONAL_STATUS_LABELS,
  phaseOf,
  statusesOfNationalCode,
  toNationalChannelCode,
  toNationalStatusCode,
} from './dossier-status';

describe('dossier statuses and the national portal codes', () => {
  it('covers the ten national statuses: every code 1–10 is reported by at least one status', () => {
    for (const code of NATIONAL_STATUS_CODES) {
      expect(statusesOfNationalCode(code).length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['SUBMITTED', 1],
    ['RECEIVED', 2],
    ['NOT_RECEIVED', 3],
    ['IN_PROGRESS', 4],
    ['AWAITING_APPROVAL', 4],
    ['APPROVED', 4],
    ['SUPPLEMENT_REQUESTED_AT_RECEPTION', 5],
    ['SUPPLEMENT_REQUESTED', 5],
    ['AWAITING_FINANCIAL_OBLIGATION', 6],
    ['WITHDRAWN', 7],
    ['STOPPED', 8],
    ['RESOLVED', 9],
    ['RETURNED', 10],
  ] as const)('%s is national status %i', (status, code) => {
    expect(toNationalStatusCode(status)).toBe(code);
    expect(statusesOfNationalCode(code)).toContain(status);
  });

  it('the national labels are the portal wording', () => {
    expect(NATIONAL_STATUS_LABELS[3]).toBe('Không được tiếp nhận');
    expect(NATIONAL_STATUS_LABELS[10]).toBe('Đã trả kết quả');
  });

  it('refused at reception, withdrawn, stopped and returned are the end states', () => {
    expect(DOSSIER_STATUSES.filter(isEndStatus)).toEqual([
      'NOT_RECEIVED',
      'WITHDRAWN',
      'STOPPED',
      'RETURNED',
    ]);
  });

  it('a resolved dossier still awaits its return: it has a result but is not an end state', () => {
    expect(phaseOf('RESOLVED')).toBe('RESULT');
    expect(isEndStatus('RESOLVED')).toBe(false);
  });

  it('"in progress" in the statistics is the handling phase: received, neither resolved nor ended', () => {
    expect(DOSSIER_STATUSES.filter((status) => phaseOf(status) === 'HANDLING')).toEqual([
      'RECEIVED',
      'IN_PROGRESS',
      'AWAITING_APPROVAL',
      'APPROVED',
      'SUPPLEMENT_REQUESTED',
      'AWAITING_FINANCIAL_OBLIGATION',
    ]);
    expect(DOSSIER_STATUSES.filter((status) => phaseOf(status) === 'RECEPTION')).toEqual([
      'SUBMITTED',
      'SUPPLEMENT_REQUESTED_AT_RECEPTION',
    ]);
  });

  it('every status has its own Vietnamese label', () => {
    const labels = DOSSIER_STATUSES.map(describeStatus);
    expect(new Set(labels).size).toBe(DOSSIER_STATUSES.length);
    expect(describeStatus('AWAITING_FINANCIAL_OBLIGATION')).toBe('Chờ thực hiện nghĩa vụ tài chính');
  });

  it('recognises status names and nothing else', () => {
    expect(isDossierStatus('RECEIVED')).toBe(true);
    expect(isDossierStatus('received')).toBe(false);
    expect(isDossierStatus(4)).toBe(false);
  });
});

describe('channels (Decree 61/2018 art. 16) and their national codes', () => {
  it.each([
    ['DIRECT', 1],
    ['ONLINE', 2],
    ['POST', 3],
  ] as const)('%s is channel %i, both ways', (channel, code) => {
    expect(toNationalChannelCode(channel)).toBe(code);
    expect(channelOfNationalCode(code)).toBe(channel);
  });

  it('an unknown channel code is refused', () => {
    expect(channelOfNationalCode(4)).toBeNull();
    expect(channelOfNationalCode(0)).toBeNull();
  });
});
