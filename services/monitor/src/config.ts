import {
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
} from '@idm/edge'
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
  }
}

/** Only the database, for command-line tools that serve nothing (e.g. the survey import). */
export function loadDatabaseConfig(env: Env = process.env): Pick<MonitorConfig, 'databaseUrl'> {
  const parsed = parseEnv({ MONITOR_DATABASE_URL: monitorDatabaseUrl }, env)
  return { databaseUrl: parsed.MONITOR_DATABASE_URL }
}
