import {
  ConfigError,
  DEFAULT_HOST,
  DEFAULT_PORTS,
  DEFAULT_SESSION_CHECK_TTL_MS,
  type Env,
  type LogLevel,
  type OperationLimits,
  operationLimitsFrom,
  parseEnv,
  serviceSettings,
  setting,
  trustProxyFrom,
} from '@idm/edge'
import { createHmac } from 'node:crypto'
import { z } from 'zod'

export interface MonitorConfig {
  databaseUrl: string
  host: string
  port: number
  /** The CMS's Payload secret: verifies the JWTs Payload issues at login. */
  payloadSecret: string
  logLevel: LogLevel
  /** Introspection and "Did you mean …" hints; off unless GRAPHQL_INTROSPECTION is set. */
  introspection: boolean
  maxBodyBytes: number
  limits: OperationLimits
  /** Seed demo measurements and the synthetic peiling (DEMO_DATA; off unless set). */
  demoData: boolean
  /** Where Payload keeps its users and login sessions: a logout or lock ends access here too. */
  sessionStore: {
    databaseUrl: string
    /** How long one session check is trusted before the CMS database is asked again. */
    checkTtlMs: number
  }
  /** Express `trust proxy` (TRUST_PROXY): whose X-Forwarded-For names the client (the gateway). */
  trustProxy: boolean | number | string
  election: ElectionConfig
}

/** The election's ratings and votes (docs/election.md). */
export interface ElectionConfig {
  /** Where the CMS's REST API answers (editions, questions, nominations; published only). */
  cmsUrl: string
  /** HMAC-SHA256 key for e-mail, IP and user-agent hashes and the proof-of-work challenges. */
  hashKey: string
  /** Where the links in the e-mails point: PUBLIC_SITE_URL, else the gateway's public URL. */
  linkBaseUrl: string
  smtpUrl: string
  mailFrom: string
  /** The ALTCHA challenge's search space: higher costs a bot (and a slow phone) more time. */
  proofMaxNumber: number
  limits: {
    /** Submissions per network (IP hash) per hour. */
    perNetworkPerHour: number
    /** Submissions per e-mail address per hour. */
    perAddressPerHour: number
    /** Confirmation e-mails per address per 24 hours. */
    mailsPerAddressPerDay: number
  }
  /** Shared rate-limit counters across instances; in memory when unset. */
  redisUrl: string | undefined
}

export const MIN_SECRET_LENGTH = 32

// Blank values count as unset so `FOO=` in an .env file behaves like leaving FOO out.
const blankAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

/** A required PostgreSQL URL that names a database; `example` shows the operator what to write. */
function postgresUrl(example: string) {
  return z.preprocess(
    blankAsUnset,
    z
      .string({ error: `is required, e.g. ${example}` })
      .trim()
      .superRefine((value, context) => {
        let url: URL
        try {
          url = new URL(value)
        } catch {
          context.addIssue({ code: 'custom', message: 'is not a valid URL' })
          return
        }
        if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
          context.addIssue({
            code: 'custom',
            message: `must use the postgres:// scheme, got ${url.protocol}//`,
          })
        } else if (url.pathname.length <= 1) {
          context.addIssue({ code: 'custom', message: `must name a database, e.g. ${example}` })
        }
      }),
  )
}

const monitorDatabaseUrl = postgresUrl('postgres://user:password@127.0.0.1:5432/monitor')

const monitorSettings = {
  ...serviceSettings,
  MONITOR_DATABASE_URL: monitorDatabaseUrl,
  MONITOR_HOST: setting.host(DEFAULT_HOST),
  MONITOR_PORT: setting.port(DEFAULT_PORTS.monitor),
  PAYLOAD_SECRET: z.preprocess(
    blankAsUnset,
    z
      .string({ error: 'is required: the same secret the CMS signs logins with' })
      .min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters long`),
  ),
  CMS_DATABASE_URL: postgresUrl('postgres://user:password@127.0.0.1:5432/idm_cms'),
  SESSION_CHECK_TTL_MS: setting.int(DEFAULT_SESSION_CHECK_TTL_MS, { min: 0, max: 60_000 }),
  DEMO_DATA: setting.flag(false),
  TRUST_PROXY: setting.text('loopback'),
  CMS_URL: setting.url(['http:', 'https:'], `http://127.0.0.1:${DEFAULT_PORTS.cms}`),
  ELECTION_HASH_KEY: z.preprocess(
    blankAsUnset,
    z
      .string()
      .min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters long`)
      .optional(),
  ),
  PUBLIC_SITE_URL: setting.optionalUrl(['http:', 'https:']),
  GATEWAY_PUBLIC_URL: setting.url(['http:', 'https:'], `http://localhost:${DEFAULT_PORTS.gateway}`),
  SMTP_URL: setting.optionalUrl(['smtp:', 'smtps:']),
  MAIL_FROM: setting.text('Meest Toegankelijke Gemeente <verkiezing@iedereendoetmee.nl>'),
  ELECTION_PROOF_MAX_NUMBER: setting.int(50_000, { min: 10, max: 10_000_000 }),
  ELECTION_RATE_LIMIT_NETWORK: setting.int(30, { min: 1, max: 1_000_000 }),
  ELECTION_RATE_LIMIT_ADDRESS: setting.int(10, { min: 1, max: 1_000_000 }),
  ELECTION_MAILS_PER_ADDRESS_PER_DAY: setting.int(5, { min: 1, max: 1_000 }),
  REDIS_URL: setting.optionalUrl(['redis:', 'rediss:']),
}

/**
 * In production the election's hash key and mail server must be set; elsewhere the key is derived
 * from PAYLOAD_SECRET and mail goes to the local catcher (maildev on its default port).
 */
function electionConfig(parsed: ReturnType<typeof parseEnv<typeof monitorSettings>>, env: Env) {
  const production = env.NODE_ENV === 'production'
  const problems: string[] = []
  if (production && !parsed.ELECTION_HASH_KEY) {
    problems.push('ELECTION_HASH_KEY is required in production (at least 32 characters)')
  }
  if (production && !parsed.SMTP_URL) {
    problems.push('SMTP_URL is required in production, e.g. smtps://user:password@smtp.example.org')
  }
  if (problems.length > 0) throw new ConfigError(problems)
  const config: ElectionConfig = {
    cmsUrl: parsed.CMS_URL.replace(/\/+$/, ''),
    hashKey:
      parsed.ELECTION_HASH_KEY ??
      createHmac('sha256', parsed.PAYLOAD_SECRET).update('election-hash-key').digest('hex'),
    linkBaseUrl: (parsed.PUBLIC_SITE_URL ?? parsed.GATEWAY_PUBLIC_URL).replace(/\/+$/, ''),
    smtpUrl: parsed.SMTP_URL ?? `smtp://127.0.0.1:${DEFAULT_PORTS.mailSmtp}`,
    mailFrom: parsed.MAIL_FROM,
    proofMaxNumber: parsed.ELECTION_PROOF_MAX_NUMBER,
    limits: {
      perNetworkPerHour: parsed.ELECTION_RATE_LIMIT_NETWORK,
      perAddressPerHour: parsed.ELECTION_RATE_LIMIT_ADDRESS,
      mailsPerAddressPerDay: parsed.ELECTION_MAILS_PER_ADDRESS_PER_DAY,
    },
    redisUrl: parsed.REDIS_URL,
  }
  return config
}

/** Reads and validates the environment once; throws one ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): MonitorConfig {
  const parsed = parseEnv(monitorSettings, env)
  return {
    databaseUrl: parsed.MONITOR_DATABASE_URL,
    host: parsed.MONITOR_HOST,
    port: parsed.MONITOR_PORT,
    payloadSecret: parsed.PAYLOAD_SECRET,
    logLevel: parsed.LOG_LEVEL,
    introspection: parsed.GRAPHQL_INTROSPECTION,
    maxBodyBytes: parsed.MAX_BODY_BYTES,
    limits: operationLimitsFrom(parsed),
    demoData: parsed.DEMO_DATA,
    sessionStore: {
      databaseUrl: parsed.CMS_DATABASE_URL,
      checkTtlMs: parsed.SESSION_CHECK_TTL_MS,
    },
    trustProxy: trustProxyFrom(parsed.TRUST_PROXY),
    election: electionConfig(parsed, env),
  }
}

/** Only the database, for command-line tools that serve nothing (e.g. the survey import). */
export function loadDatabaseConfig(env: Env = process.env): Pick<MonitorConfig, 'databaseUrl'> {
  const parsed = parseEnv({ MONITOR_DATABASE_URL: monitorDatabaseUrl }, env)
  return { databaseUrl: parsed.MONITOR_DATABASE_URL }
}
