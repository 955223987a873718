import { buildAppConfig, ConfigValidationError, parseEnvironment } from './app-config';

const production = {
  NODE_ENV: 'production',
  JWT_SECRET: 'x'.repeat(40),
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('notification configuration', () => {
  it('writes e-mail to DATA_DIR/outbox-mail in development and retries 5 times from 30 s', () => {
    const config = buildAppConfig(parseEnvironment({}), '/srv/mot-cua').notifications;
    expect(config.mail).toEqual({
      smtpUrl: null,
      from: 'Một cửa <no-reply@motcua.local>',
      fileDir: '/srv/mot-cua/.data/outbox-mail',
    });
    expect(config).toMatchObject({ sms: null, zalo: null, maxAttempts: 5, retryBaseMs: 30_000 });
    expect(config.sendLeaseMs).toBe(2 * config.sendTimeoutMs);
  });

  it('sends over SMTP when SMTP_URL is set, and skips e-mail in production without it', () => {
    expect(
      buildAppConfig(parseEnvironment({ SMTP_URL: 'smtps://u:p@mail.example.vn:465' }), '/').notifications
        .mail,
    ).toMatchObject({ smtpUrl: 'smtps://u:p@mail.example.vn:465', fileDir: null });
    expect(buildAppConfig(parseEnvironment(production), '/').notifications.mail.fileDir).toBeNull();
  });

  it('configures a gateway from its URL, with the default payload template', () => {
    const config = buildAppConfig(
      parseEnvironment({
        SMS_GATEWAY_URL: 'https://sms.example.vn/send',
        SMS_GATEWAY_AUTHORIZATION: 'Bearer k',
      }),
      '/',
    ).notifications;
    expect(config.sms).toEqual({
      url: 'https://sms.example.vn/send',
      authorization: 'Bearer k',
      payloadTemplate: '{"to":"{{to}}","text":"{{text}}","requestId":"{{deliveryId}}"}',
    });
    expect(config.zalo).toBeNull();
  });

  it.each([
    ['SMS_GATEWAY_PAYLOAD', '{"to":"{{to}}"}'],
    ['ZALO_GATEWAY_PAYLOAD', 'to={{to}}&text={{text}}'],
    ['SMTP_URL', 'http://mail.example.vn'],
    ['MAIL_FROM', 'Một cửa'],
    ['NOTIFICATION_MAX_ATTEMPTS', '0'],
  ])('stops at boot naming %s when it is %s', (name, value) => {
    expect(() => parseEnvironment({ [name]: value })).toThrow(ConfigValidationError);
    expect(() => parseEnvironment({ [name]: value })).toThrow(new RegExp(`${name}=`));
  });
});
