import { buildAppConfig, ConfigValidationError, parseEnvironment } from './app-config';

describe('configuration validated at boot', () => {
  it('defaults to the embedded database on port 3000', () => {
    const config = buildAppConfig(parseEnvironment({}), '/srv/mot-cua');
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBeNull();
    expect(config.database.embedded).toEqual({ dataDir: '/srv/mot-cua/.data', port: 54329 });
    expect(config.redis).toBeNull();
    expect(config.seedOnStart).toBe(true);
  });

  it('uses an external database and Redis when their URLs are given', () => {
    const config = buildAppConfig(
      parseEnvironment({
        DATABASE_URL: 'postgres://u@db:5432/x',
        REDIS_URL: 'redis://r:6379',
        CORS_ORIGINS: 'https://a.vn, https://b.vn',
      }),
      '/',
    );
    expect(config.database.embedded).toBeNull();
    expect(config.redis).toEqual({
      url: 'redis://r:6379',
      prefix: 'motcua',
      lockDurationMs: 30_000,
      stalledIntervalMs: 30_000,
    });
    expect(config.http.corsOrigins).toEqual(['https://a.vn', 'https://b.vn']);
  });

  it('waits 5 s for a pooled connection unless DB_POOL_WAIT_MS says otherwise', () => {
    expect(buildAppConfig(parseEnvironment({}), '/').database.poolWaitMs).toBe(5000);
    expect(buildAppConfig(parseEnvironment({ DB_POOL_WAIT_MS: '30000' }), '/').database.poolWaitMs).toBe(
      30000,
    );
    expect(() => parseEnvironment({ DB_POOL_WAIT_MS: '10' })).toThrow(ConfigValidationError);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(buildAppConfig(parseEnvironment({ DATABASE_URL: '' }), '/').database.url).toBeNull();
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://x'],
    ['SEED_ON_START', 'maybe'],
    ['NODE_ENV', 'staging'],
  ])('stops with a message naming %s when it is %s', (name, value) => {
    expect(() => parseEnvironment({ [name]: value })).toThrow(ConfigValidationError);
    expect(() => parseEnvironment({ [name]: value })).toThrow(new RegExp(`${name}=`));
  });

  it('never echoes a database URL, which may carry a password', () => {
    expect(() => parseEnvironment({ DATABASE_URL: 'mysql://user:secret@x' })).toThrow(
      /DATABASE_URL=\(hidden\)/,
    );
  });

  it('reads booleans written as false or 0', () => {
    expect(parseEnvironment({ SEED_ON_START: 'false' }).SEED_ON_START).toBe(false);
    expect(parseEnvironment({ QUEUE_PROCESSORS_ENABLED: '0' }).QUEUE_PROCESSORS_ENABLED).toBe(false);
  });

  it('refuses to run production on the development JWT secret or encryption key', () => {
    expect(() => parseEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: must be set/);
    expect(() => parseEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(
      /DATA_ENCRYPTION_KEY: must be set/,
    );
    expect(
      parseEnvironment({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      }).NODE_ENV,
    ).toBe('production');
  });

  it('never echoes a secret that fails validation', () => {
    expect(() => parseEnvironment({ JWT_SECRET: 'short-secret' })).toThrow(/JWT_SECRET=\(hidden\)/);
  });
});
