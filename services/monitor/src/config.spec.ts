import { ConfigError, DEFAULT_OPERATION_LIMITS } from '@idm/edge'
import { describe, expect, it } from 'vitest'
import { loadConfig, loadDatabaseConfig } from './config'

const databaseUrl = 'postgres://monitor@127.0.0.1:5432/monitor'
const cmsDatabaseUrl = 'postgres://cms:secret@127.0.0.1:5432/idm_cms'
const payloadSecret = 'a-test-secret-of-at-least-32-characters'
const required = {
  MONITOR_DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: payloadSecret,
  CMS_DATABASE_URL: cmsDatabaseUrl,
}

describe('loadConfig', () => {
  it('applies defaults when only the databases and the Payload secret are set', () => {
    expect(loadConfig(required)).toEqual({
      databaseUrl,
      host: '127.0.0.1',
      port: 4001,
      payloadSecret,
      logLevel: 'info',
      introspection: false,
      maxBodyBytes: 1024 * 1024,
      limits: DEFAULT_OPERATION_LIMITS,
      demoData: false,
      sessionStore: { databaseUrl: cmsDatabaseUrl, checkTtlMs: 2000 },
      trustProxy: 'loopback',
      election: expect.objectContaining({ cmsUrl: 'http://127.0.0.1:3000' }),
    })
  })

  it('reads every variable', () => {
    expect(
      loadConfig({
        ...required,
        MONITOR_HOST: '0.0.0.0',
        MONITOR_PORT: '4101',
        LOG_LEVEL: 'DEBUG',
        GRAPHQL_INTROSPECTION: 'true',
        MAX_BODY_BYTES: '2048',
        LIMIT_MAX_DEPTH: '8',
        LIMIT_MAX_ALIASES: '5',
        LIMIT_MAX_TOKENS: '500',
        LIMIT_MAX_DIRECTIVES: '4',
        LIMIT_MAX_COST: '1000',
        LIMIT_DEFAULT_LIST_SIZE: '10',
        SESSION_CHECK_TTL_MS: '0',
        DEMO_DATA: 'true',
      }),
    ).toEqual({
      databaseUrl,
      host: '0.0.0.0',
      port: 4101,
      payloadSecret,
      logLevel: 'debug',
      introspection: true,
      maxBodyBytes: 2048,
      limits: {
        maxDepth: 8,
        maxAliases: 5,
        maxTokens: 500,
        maxDirectives: 4,
        maxCost: 1000,
        defaultListSize: 10,
      },
      demoData: true,
      sessionStore: { databaseUrl: cmsDatabaseUrl, checkTtlMs: 0 },
      trustProxy: 'loopback',
      election: expect.objectContaining({ smtpUrl: 'smtp://127.0.0.1:1025' }),
    })
  })

  it('requires the election hash key and the mail server in production', () => {
    expect(() => loadConfig({ ...required, NODE_ENV: 'production' })).toThrow(
      /ELECTION_HASH_KEY is required in production[\s\S]*SMTP_URL is required in production/,
    )
    expect(
      loadConfig({
        ...required,
        NODE_ENV: 'production',
        ELECTION_HASH_KEY: 'k'.repeat(32),
        SMTP_URL: 'smtps://user:pw@smtp.example.org',
        PUBLIC_SITE_URL: 'https://www.meesttoegankelijkegemeente.nl/',
      }).election,
    ).toMatchObject({
      hashKey: 'k'.repeat(32),
      smtpUrl: 'smtps://user:pw@smtp.example.org',
      linkBaseUrl: 'https://www.meesttoegankelijkegemeente.nl',
    })
  })

  it('treats blank values as unset', () => {
    expect(
      loadConfig({ ...required, MONITOR_PORT: ' ', LOG_LEVEL: '', SESSION_CHECK_TTL_MS: '' }),
    ).toMatchObject({ port: 4001, logLevel: 'info', sessionStore: { checkTtlMs: 2000 } })
  })

  it.each([
    [{ ...required, MONITOR_DATABASE_URL: undefined }, 'MONITOR_DATABASE_URL is required'],
    [{ ...required, PAYLOAD_SECRET: undefined }, 'PAYLOAD_SECRET is required'],
    [{ ...required, CMS_DATABASE_URL: undefined }, 'CMS_DATABASE_URL is required'],
    [{ ...required, PAYLOAD_SECRET: 'x'.repeat(31) }, 'PAYLOAD_SECRET must be at least 32'],
    [{ ...required, MONITOR_DATABASE_URL: 'not a url' }, 'MONITOR_DATABASE_URL is not a valid URL'],
    [
      { ...required, MONITOR_DATABASE_URL: 'mysql://127.0.0.1/monitor' },
      'MONITOR_DATABASE_URL must use the postgres:// scheme',
    ],
    [
      { ...required, MONITOR_DATABASE_URL: 'postgres://127.0.0.1:5432' },
      'MONITOR_DATABASE_URL must name a database',
    ],
    [
      { ...required, CMS_DATABASE_URL: 'postgres://127.0.0.1:5432/' },
      'CMS_DATABASE_URL must name a database',
    ],
    [{ ...required, MONITOR_PORT: '80a' }, 'MONITOR_PORT must be a port number'],
    [{ ...required, MONITOR_PORT: '70000' }, 'MONITOR_PORT must be a port number'],
    [{ ...required, LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of'],
    [
      { ...required, GRAPHQL_INTROSPECTION: 'maybe' },
      'GRAPHQL_INTROSPECTION must be true or false',
    ],
    [{ ...required, SESSION_CHECK_TTL_MS: '60001' }, 'SESSION_CHECK_TTL_MS must be a whole number'],
    [{ ...required, SESSION_CHECK_TTL_MS: '-1' }, 'SESSION_CHECK_TTL_MS must be a whole number'],
  ])('fails fast naming the variable: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })

  it('lists every invalid variable at once', () => {
    const error = captureConfigError({ MONITOR_PORT: 'x', LOG_LEVEL: 'loud' })

    expect(error.problems).toHaveLength(5)
    expect(error.message).toMatch(
      /LOG_LEVEL[\s\S]*MONITOR_DATABASE_URL[\s\S]*MONITOR_PORT[\s\S]*PAYLOAD_SECRET[\s\S]*CMS_DATABASE_URL/,
    )
  })

  it('never repeats the secret or a database password in its message', () => {
    const error = captureConfigError({
      ...required,
      PAYLOAD_SECRET: 'short-secret',
      CMS_DATABASE_URL: 'mysql://cms:hunter2@127.0.0.1/idm_cms',
    })

    expect(error.message).not.toContain('short-secret')
    expect(error.message).not.toContain('hunter2')
  })
})

describe('loadDatabaseConfig', () => {
  it('needs only the monitor database, for the import CLI', () => {
    expect(loadDatabaseConfig({ MONITOR_DATABASE_URL: databaseUrl })).toEqual({ databaseUrl })
  })

  it('names a missing database URL', () => {
    expect(() => loadDatabaseConfig({})).toThrow('MONITOR_DATABASE_URL is required')
  })
})

function captureConfigError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected loadConfig to throw')
}
