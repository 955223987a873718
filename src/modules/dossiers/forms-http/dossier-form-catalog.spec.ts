import { listFormSets } from '../forms';
import {
  DOSSIER_FORM_NAMES,
  type DossierFormFacts,
  findFormAvailability,
  resolveDossierFormName,
} from './dossier-form-catalog';

const [SET_2018, SET_2025] = listFormSets();

const facts = (overrides: Partial<DossierFormFacts>): DossierFormFacts => ({
  status: 'RECEIVED',
  isReceived: true,
  actions: new Set(['RECEIVE']),
  ...overrides,
});

describe('which forms a dossier has', () => {
  it('resolves names, kinds and numbers through the set in force: Mẫu 05 is the control sheet in 2018 and the stop notice in 2025', () => {
    expect(SET_2018.id).toBe('TT01-2018');
    expect(resolveDossierFormName('control-sheet', SET_2018)).toBe('process-control');
    expect(resolveDossierFormName('process-control', SET_2025)).toBe('process-control');
    expect(resolveDossierFormName('05', SET_2018)).toBe('process-control');
    expect(resolveDossierFormName('5', SET_2025)).toBe('stop-notice');
    expect(resolveDossierFormName('06', SET_2025)).toBe('process-control');
    // The register is a desk's, not a dossier's.
    expect(resolveDossierFormName('06', SET_2018)).toBeNull();
    expect(resolveDossierFormName('register', SET_2025)).toBeNull();
    expect(resolveDossierFormName('certificate', SET_2025)).toBeNull();
  });

  it('gives a received dossier its receipt and control sheet, and says why the others are missing', () => {
    const received = facts({});
    expect(findFormAvailability('receipt', SET_2025, received)).toEqual({ isAvailable: true });
    expect(findFormAvailability('process-control', SET_2025, received)).toEqual({ isAvailable: true });
    expect(findFormAvailability('apology', SET_2025, received)).toEqual({
      isAvailable: false,
      reason: 'Hồ sơ chưa có văn bản xin lỗi và hẹn lại ngày trả kết quả.',
    });
    expect(findFormAvailability('stop-notice', SET_2025, received)).toMatchObject({
      isAvailable: false,
      reason: expect.stringContaining('đã tiếp nhận'),
    });
  });

  it('has no receipt before reception, but the supplement request or the refusal that ended it', () => {
    const asked = facts({
      status: 'SUPPLEMENT_REQUESTED_AT_RECEPTION',
      isReceived: false,
      actions: new Set(['REQUEST_SUPPLEMENT_AT_RECEPTION']),
    });
    expect(findFormAvailability('receipt', SET_2025, asked)).toMatchObject({
      isAvailable: false,
      reason: expect.stringContaining('chưa được tiếp nhận'),
    });
    expect(findFormAvailability('supplement-request', SET_2025, asked).isAvailable).toBe(true);
    const refused = facts({
      status: 'NOT_RECEIVED',
      isReceived: false,
      actions: new Set(['REFUSE_AT_RECEPTION']),
    });
    expect(findFormAvailability('refusal', SET_2025, refused).isAvailable).toBe(true);
    const refusedAfterAppraisal = facts({ status: 'RESOLVED', actions: new Set(['REFUSE_AFTER_APPRAISAL']) });
    expect(findFormAvailability('refusal', SET_2025, refusedAfterAppraisal).isAvailable).toBe(true);
  });

  it('keeps a form once issued (reprints), and the stop notice only in a set that has one', () => {
    const resumed = facts({
      status: 'IN_PROGRESS',
      actions: new Set(['RECEIVE', 'REQUEST_SUPPLEMENT', 'RECEIVE_SUPPLEMENT']),
    });
    expect(findFormAvailability('supplement-request', SET_2025, resumed).isAvailable).toBe(true);
    const stopped = facts({ status: 'STOPPED', actions: new Set(['RECEIVE', 'STOP']) });
    expect(findFormAvailability('stop-notice', SET_2025, stopped).isAvailable).toBe(true);
    expect(findFormAvailability('stop-notice', SET_2018, stopped)).toEqual({
      isAvailable: false,
      reason: expect.stringContaining('Thông tư số 01/2018/TT-VPCP'),
    });
  });

  it('names every dossier form of both sets', () => {
    for (const set of [SET_2018, SET_2025]) {
      for (const form of set.forms.filter((candidate) => candidate.kind !== 'register')) {
        expect(resolveDossierFormName(form.number, set)).toBe(form.kind);
      }
    }
    expect(Object.values(DOSSIER_FORM_NAMES)).toHaveLength(6);
  });
});
