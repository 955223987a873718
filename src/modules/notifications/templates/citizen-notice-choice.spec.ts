import { citizenNoticeFor } from './citizen-notice-choice';

describe('which citizen notice a status change gives', () => {
  it.each([
    ['RECEIVED', undefined, false, 'citizen.received'],
    ['RECEIVED', 'RECEIVE', true, 'citizen.online-received'],
    ['SUPPLEMENT_REQUESTED_AT_RECEPTION', undefined, false, 'citizen.supplement-requested-at-reception'],
    [
      'SUPPLEMENT_REQUESTED_AT_RECEPTION',
      'REQUEST_SUPPLEMENT_AT_RECEPTION',
      true,
      'citizen.online-supplement-requested',
    ],
    ['NOT_RECEIVED', undefined, false, 'citizen.refused-at-reception'],
    ['NOT_RECEIVED', 'REFUSE_AT_RECEPTION', true, 'citizen.online-refused'],
    ['SUPPLEMENT_REQUESTED', 'REQUEST_SUPPLEMENT', false, 'citizen.supplement-requested'],
    ['RESOLVED', 'RESOLVE', true, 'citizen.result-ready'],
    ['RESOLVED', 'REFUSE_AFTER_APPRAISAL', false, 'citizen.refused'],
    ['STOPPED', 'STOP', false, 'citizen.stopped'],
    ['IN_PROGRESS', 'TRANSFER', false, null],
    ['RETURNED', 'RETURN_RESULT', false, null],
  ])('%s after %s (online: %s) → %s', (status, action, online, expected) => {
    expect(citizenNoticeFor({ status, action, online })).toBe(expected);
  });
});
