import { describe, expect, it } from 'vitest'
import { ConfigError, parseSettings } from './config'

const valid = {
  CMS_DATABASE_URL: 'postgres://cms@127.0.0.1:5432/idm_cms',
  PAYLOAD_SECRET: 'x'.repeat(32),
}

describe('parseSettings', () => {
  it('applies the documented defaults', () => {
    expect(parseSettings(valid)).toEqual({
      databaseUrl: valid.CMS_DATABASE_URL,
      payloadSecret: valid.PAYLOAD_SECRET,
      serverUrl: 'http://localhost:3000',
      contentHost: '127.0.0.1',
      contentPort: 4002,
      demoPassword: undefined,
      mediaDir: undefined,
      jobsAutoRun: true,
    })
  })

  it.each([
    ['CMS_DATABASE_URL', { ...valid, CMS_DATABASE_URL: undefined }],
    ['CMS_DATABASE_URL', { ...valid, CMS_DATABASE_URL: 'mysql://localhost/cms' }],
    ['PAYLOAD_SECRET', { ...valid, PAYLOAD_SECRET: undefined }],
    ['PAYLOAD_SECRET', { ...valid, PAYLOAD_SECRET: 'too-short' }],
    ['CONTENT_PORT', { ...valid, CONTENT_PORT: 'vierduizend' }],
    ['CMS_SERVER_URL', { ...valid, CMS_SERVER_URL: 'localhost:3000' }],
    ['CMS_JOBS_AUTORUN', { ...valid, CMS_JOBS_AUTORUN: 'soms' }],
  ])('names %s when its value is missing or wrong', (variable, env) => {
    expect(() => parseSettings(env)).toThrow(ConfigError)
    expect(() => parseSettings(env)).toThrow(new RegExp(`^${variable} `))
  })

  it('lets `next build` run without runtime secrets', () => {
    const settings = parseSettings({ NEXT_PHASE: 'phase-production-build' })

    expect(settings.payloadSecret.length).toBeGreaterThanOrEqual(32)
  })
})
