import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

const databaseUrl = 'postgres://monitor@127.0.0.1:5432/monitor'
const payloadSecret = 'a-test-secret-of-at-least-32-characters'
const required = { MONITOR_DATABASE_URL: databaseUrl, PAYLOAD_SECRET: payloadSecret }

describe('loadConfig', () => {
  it('applies defaults when only the database URL and the Payload secret are set', () => {
    expect(loadConfig(required)).toEqual({
      databaseUrl,
      host: '127.0.0.1',
      port: 4001,
      payloadSecret,
      logLevel: 'info',
    })
  })

  it('reads every variable', () => {
    expect(
      loadConfig({
        MONITOR_DATABASE_URL: databaseUrl,
        MONITOR_HOST: '0.0.0.0',
        MONITOR_PORT: '4101',
        PAYLOAD_SECRET: payloadSecret,
        LOG_LEVEL: 'DEBUG',
      }),
    ).toEqual({
      databaseUrl,
      host: '0.0.0.0',
      port: 4101,
      payloadSecret,
      logLevel: 'debug',
    })
  })

  it('treats blank values as unset', () => {
    expect(loadConfig({ ...required, MONITOR_PORT: ' ', LOG_LEVEL: '' })).toMatchObject({
      port: 4001,
      logLevel: 'info',
    })
  })

  it.each([
    [{ PAYLOAD_SECRET: payloadSecret }, 'MONITOR_DATABASE_URL is required'],
    [{ MONITOR_DATABASE_URL: databaseUrl }, 'PAYLOAD_SECRET is required'],
    [{ ...required, PAYLOAD_SECRET: 'x'.repeat(31) }, 'PAYLOAD_SECRET must be at least 32'],
    [{ MONITOR_DATABASE_URL: 'not a url' }, 'MONITOR_DATABASE_URL is not a valid URL'],
    [
      { MONITOR_DATABASE_URL: 'mysql://127.0.0.1/monitor' },
      'MONITOR_DATABASE_URL must use the postgres:// scheme',
    ],
    [
      { MONITOR_DATABASE_URL: 'postgres://127.0.0.1:5432' },
      'MONITOR_DATABASE_URL must name a database',
    ],
    [{ ...required, MONITOR_PORT: '80a' }, 'MONITOR_PORT must be a port number'],
    [{ ...required, MONITOR_PORT: '70000' }, 'MONITOR_PORT must be a port number'],
    [{ ...required, LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of'],
  ])('fails fast naming the variable: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })

  it('lists every invalid variable at once', () => {
    const error = captureConfigError({ MONITOR_PORT: '0', LOG_LEVEL: 'loud' })

    expect(error.problems).toHaveLength(4)
    expect(error.message).toMatch(
      /MONITOR_DATABASE_URL[\s\S]*MONITOR_PORT[\s\S]*PAYLOAD_SECRET[\s\S]*LOG_LEVEL/,
    )
  })
})

function captureConfigError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected loadConfig to throw')
}
