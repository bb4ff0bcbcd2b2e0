import { DEFAULT_OPERATION_LIMITS } from '@idm/edge'
import { describe, expect, it } from 'vitest'
import {
  ConfigError,
  parseContentServerSettings,
  parseSettings,
  parseSubgraphSettings,
} from './config'

const valid = {
  CMS_DATABASE_URL: 'postgres://cms@127.0.0.1:5432/idm_cms',
  PAYLOAD_SECRET: 'x'.repeat(32),
}

function problemsOf(parse: () => unknown): string[] {
  try {
    parse()
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('parseSettings', () => {
  it('applies the documented defaults', () => {
    expect(parseSettings(valid)).toEqual({
      databaseUrl: valid.CMS_DATABASE_URL,
      payloadSecret: valid.PAYLOAD_SECRET,
      serverUrl: 'http://localhost:3000',
      contentHost: '127.0.0.1',
      contentPort: 4002,
      demoData: false,
      demoPassword: undefined,
      mediaDir: undefined,
      jobsAutoRun: true,
      monitorUrl: 'http://127.0.0.1:4001/graphql',
      smtpUrl: undefined,
      mailFrom: { name: 'Iedereen doet mee!', address: 'noreply@iedereendoetmee.nl' },
      gatewayPublicUrl: 'http://localhost:4000',
    })
  })

  it('reads the mail server and sender, and refuses a sender without an address', () => {
    const parsed = parseSettings({
      ...valid,
      SMTP_URL: 'smtps://cms:geheim@smtp.example.org',
      CMS_MAIL_FROM: 'VNG Redactie <redactie@example.org>',
    })
    expect(parsed.smtpUrl).toBe('smtps://cms:geheim@smtp.example.org')
    expect(parsed.mailFrom).toEqual({ name: 'VNG Redactie', address: 'redactie@example.org' })
    expect(() => parseSettings({ ...valid, CMS_MAIL_FROM: 'VNG Redactie' })).toThrow(
      /CMS_MAIL_FROM/,
    )
    expect(() => parseSettings({ ...valid, SMTP_URL: 'http://smtp.example.org' })).toThrow(
      /SMTP_URL/,
    )
  })

  it('reads every variable it documents', () => {
    expect(
      parseSettings({
        ...valid,
        CMS_SERVER_URL: 'https://beheer.example.nl/',
        CONTENT_HOST: '0.0.0.0',
        CONTENT_PORT: '0',
        DEMO_DATA: 'true',
        DEMO_PASSWORD: 'demo-wachtwoord',
        MEDIA_DIR: '/var/lib/idm/media',
        CMS_JOBS_AUTORUN: 'no',
        MONITOR_URL: 'https://monitor.example.nl/graphql',
      }),
    ).toMatchObject({
      serverUrl: 'https://beheer.example.nl',
      contentHost: '0.0.0.0',
      contentPort: 0,
      demoData: true,
      demoPassword: 'demo-wachtwoord',
      mediaDir: '/var/lib/idm/media',
      jobsAutoRun: false,
      monitorUrl: 'https://monitor.example.nl/graphql',
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
    ['DEMO_DATA', { ...valid, DEMO_DATA: 'misschien' }],
  ])('names %s when its value is missing or wrong', (variable, env) => {
    const problems = problemsOf(() => parseSettings(env))

    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^${variable} `))
  })

  it('names every bad variable at once, and never shows a secret', () => {
    const problems = problemsOf(() =>
      parseSettings({ PAYLOAD_SECRET: 'short-secret', CONTENT_PORT: '99999' }),
    )

    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'CMS_DATABASE_URL',
      'PAYLOAD_SECRET',
      'CONTENT_PORT',
    ])
    expect(problems.join('\n')).not.toContain('short-secret')
  })

  it('lets `next build` run without runtime secrets', () => {
    const settings = parseSettings({ NEXT_PHASE: 'phase-production-build' })

    expect(settings.payloadSecret.length).toBeGreaterThanOrEqual(32)
  })

  it('does not require the subgraph-only variables the Next admin never reads', () => {
    expect(() => parseSettings({ ...valid, LIMIT_MAX_DEPTH: 'diep' })).not.toThrow()
  })
})

describe('parseSubgraphSettings', () => {
  it('applies the graph-wide defaults: introspection off, the shared operation limits', () => {
    expect(parseSubgraphSettings({})).toEqual({
      logLevel: 'info',
      introspection: false,
      maxBodyBytes: 1024 * 1024,
      limits: { ...DEFAULT_OPERATION_LIMITS },
      publicUrl: 'http://localhost:4000',
      trustProxy: 'loopback',
    })
  })

  it('trusts the X-Forwarded-For of a proxy on loopback (the gateway) unless TRUST_PROXY says otherwise', () => {
    expect(parseSubgraphSettings({ TRUST_PROXY: '1' }).trustProxy).toBe(1)
    expect(parseSubgraphSettings({ TRUST_PROXY: 'false' }).trustProxy).toBe(false)
  })

  it('takes the public URL for links without a trailing slash, and refuses one that is no URL', () => {
    expect(
      parseSubgraphSettings({ GATEWAY_PUBLIC_URL: 'https://graaf.example.org/' }).publicUrl,
    ).toBe('https://graaf.example.org')
    expect(() => parseSubgraphSettings({ GATEWAY_PUBLIC_URL: 'graaf' })).toThrow(
      /GATEWAY_PUBLIC_URL/,
    )
  })

  it('reads the log level, introspection flag and limits', () => {
    expect(
      parseSubgraphSettings({
        LOG_LEVEL: 'debug',
        GRAPHQL_INTROSPECTION: 'true',
        LIMIT_MAX_DEPTH: '8',
        LIMIT_MAX_COST: '1000',
      }),
    ).toMatchObject({
      logLevel: 'debug',
      introspection: true,
      limits: { maxDepth: 8, maxCost: 1000 },
    })
  })

  it('names the content server problems of both parts in one error', () => {
    const problems = problemsOf(() =>
      parseContentServerSettings({ ...valid, CONTENT_PORT: '-1', LOG_LEVEL: 'chatty' }),
    )

    expect(problems.map((problem) => problem.split(' ')[0])).toEqual(['CONTENT_PORT', 'LOG_LEVEL'])
  })
})
