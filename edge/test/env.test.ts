import { describe, expect, it } from 'vitest'
import { ConfigError, parseEnv, setting } from '@idm/edge'

const shape = {
  PORT: setting.port(4000),
  URL: setting.url(['postgres:'], 'postgres://localhost/db'),
  SECRET: setting.secret(32),
  ON: setting.flag(false),
  N: setting.int(5, { min: 1, max: 10 }),
  LEVEL: setting.oneOf(['info', 'debug'] as const, 'info'),
  ORIGINS: setting.list(),
}
const secret = 'x'.repeat(32)

describe('parseEnv', () => {
  it('applies defaults and treats blank values as unset', () => {
    expect(parseEnv(shape, { SECRET: secret, PORT: ' ', ON: '' })).toEqual({
      PORT: 4000,
      URL: 'postgres://localhost/db',
      SECRET: secret,
      ON: false,
      N: 5,
      LEVEL: 'info',
      ORIGINS: [],
    })
  })

  it('parses what it is given', () => {
    const parsed = parseEnv(shape, {
      SECRET: secret,
      PORT: '0',
      ON: 'yes',
      N: '10',
      LEVEL: 'DEBUG',
      ORIGINS: 'a, b,,c',
    })
    expect(parsed).toMatchObject({
      PORT: 0,
      ON: true,
      N: 10,
      LEVEL: 'debug',
      ORIGINS: ['a', 'b', 'c'],
    })
  })

  it('names every bad variable at once, and never echoes a secret', () => {
    let error: unknown
    try {
      parseEnv(shape, {
        PORT: '70000',
        URL: 'mysql://x',
        SECRET: 'short-secret',
        ON: 'maybe',
        N: '11',
      })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const { problems } = error as ConfigError
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'PORT',
      'URL',
      'SECRET',
      'ON',
      'N',
    ])
    expect(problems.join('\n')).not.toContain('short-secret')
    expect(problems.join('\n')).toContain('"70000"')
  })

  it('says a required variable is required', () => {
    expect(() => parseEnv(shape, {})).toThrow(/SECRET is required/)
  })
})
