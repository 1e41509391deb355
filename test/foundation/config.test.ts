import { ConfigError, loadConfig } from '../../src/config/config.js';

/** The environment is read once and checked: a bad value stops start-up naming the variable. */
describe('configuration', () => {
  const refused = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).setting;
    }
    throw new Error(`accepted ${JSON.stringify(env)}`);
  };

  it('PORT is digits: not blank, not hexadecimal, not scientific', () => {
    for (const port of [' ', '0x10', '1e3', 'eighty', '65536', '-1']) expect(refused({ PORT: port })).toBe('PORT');
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
    expect(loadConfig({}).port).toBe(4000);
  });

  it('database, Redis and proxy settings are checked and read', () => {
    expect(refused({ DATABASE_URL: 'mysql://x' })).toBe('DATABASE_URL');
    expect(refused({ DATABASE_URL: 'postgresql://h/db?sslmode=prefer' })).toBe('DATABASE_URL');
    expect(refused({ REDIS_URL: 'http://x' })).toBe('REDIS_URL');
    expect(refused({ DATABASE_POOL_SIZE: '0' })).toBe('DATABASE_POOL_SIZE');
    expect(refused({ NODE_ENV: 'production' })).toBe('AUTH_SECRET');
    const config = loadConfig({ DATABASE_URL: 'postgresql://h/db?sslmode=verify-full', REDIS_URL: 'redis://r:6379', TRUST_PROXY: '1', DATABASE_POOL_SIZE: '25' });
    expect(config).toMatchObject({ databaseUrl: 'postgresql://h/db?sslmode=verify-full', redis: { url: 'redis://r:6379', keyPrefix: 'amity' }, trustProxy: 1, pool: { size: 25, idleTimeoutMs: 30000, applicationName: 'amity' } });
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
  });
});
