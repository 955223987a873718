import { describeFailure } from './notification-channel';

describe('channel failures', () => {
  it('keep the error code and drop addresses and phone numbers', () => {
    const error = Object.assign(
      new Error('550 5.1.1 <lan.nguyen@example.vn>: Recipient rejected (0905 123 456)'),
      {
        code: 'EENVELOPE',
      },
    );
    expect(describeFailure('SMTP', error)).toBe(
      'SMTP EENVELOPE: 550 5.1.1 <<address>>: Recipient rejected (<number>)',
    );
  });

  it('describe anything thrown, even a string', () => {
    expect(describeFailure('HTTP', 'boom')).toBe('HTTP: boom');
  });
});
