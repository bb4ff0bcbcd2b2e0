/**
 * The CMS's settings, read from the environment once and validated, so that a wrong value stops
 * the process at start with a message naming the variable instead of failing on first use.
 */
export interface CmsSettings {
  /** PostgreSQL connection URL of the CMS database. */
  databaseUrl: string
  /** Signs Payload logins (JWT); the monitor verifies tokens with the same secret. */
  payloadSecret: string
  /** Public URL of the admin (links in the admin and in e-mails). */
  serverUrl: string
  /** Interface and port of the content subgraph. */
  contentHost: string
  contentPort: number
  /** Password for the seeded demo users; the seed generates one when unset. */
  demoPassword: string | undefined
  /** Folder for uploaded files (media); undefined: `.data/media` at the repository root. */
  mediaDir: string | undefined
  /** Whether this process runs queued jobs (scheduled publishing) every minute. */
  jobsAutoRun: boolean
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`)
    this.name = 'ConfigError'
  }
}

const MIN_SECRET_LENGTH = 32

type Env = Readonly<Record<string, string | undefined>>

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

function required(env: Env, name: string, hint: string): string {
  const value = optional(env, name)
  if (value === undefined) throw new ConfigError(name, `is required: ${hint}`)
  return value
}

function url(name: string, value: string, protocols: readonly string[]): string {
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new ConfigError(name, `is not a valid URL: ${JSON.stringify(redact(value))}`)
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`)
  }
  return value
}

function port(env: Env, name: string, fallback: number): number {
  const value = optional(env, name)
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    throw new ConfigError(name, `must be a port number (0-65535), got ${JSON.stringify(value)}`)
  }
  return parsed
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const value = optional(env, name)?.toLowerCase()
  if (value === undefined) return fallback
  if (['1', 'true', 'yes'].includes(value)) return true
  if (['0', 'false', 'no'].includes(value)) return false
  throw new ConfigError(name, `must be true or false, got ${JSON.stringify(value)}`)
}

function redact(value: string): string {
  return value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}

// `next build` loads the Payload config to collect the routes, but never connects to the database
// nor signs a token with it; the runtime values come from the environment of `next start`.
// Requiring them here would make every build need production secrets.
const BUILD_PLACEHOLDERS: Readonly<Record<string, string>> = {
  CMS_DATABASE_URL: 'postgres://next-build.invalid/unused',
  PAYLOAD_SECRET: 'next-build-placeholder-never-used-at-runtime',
}

/** Parses and validates the CMS's environment variables. Throws {@link ConfigError}. */
export function parseSettings(env: Env): CmsSettings {
  const isNextBuild = env.NEXT_PHASE === 'phase-production-build'
  const source: Env = isNextBuild ? { ...BUILD_PLACEHOLDERS, ...env } : env

  const databaseUrl = url(
    'CMS_DATABASE_URL',
    required(source, 'CMS_DATABASE_URL', 'the PostgreSQL URL of the CMS database'),
    ['postgres:', 'postgresql:'],
  )
  const payloadSecret = required(
    source,
    'PAYLOAD_SECRET',
    `a random string of at least ${MIN_SECRET_LENGTH} characters`,
  )
  if (payloadSecret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      'PAYLOAD_SECRET',
      `must be at least ${MIN_SECRET_LENGTH} characters long (got ${payloadSecret.length})`,
    )
  }

  return {
    databaseUrl,
    payloadSecret,
    serverUrl: url(
      'CMS_SERVER_URL',
      optional(source, 'CMS_SERVER_URL') ?? 'http://localhost:3000',
      ['http:', 'https:'],
    ).replace(/\/+$/, ''),
    contentHost: optional(source, 'CONTENT_HOST') ?? '127.0.0.1',
    contentPort: port(source, 'CONTENT_PORT', 4002),
    demoPassword: optional(source, 'DEMO_PASSWORD'),
    mediaDir: optional(source, 'MEDIA_DIR'),
    jobsAutoRun: flag(source, 'CMS_JOBS_AUTORUN', true),
  }
}

let cached: CmsSettings | undefined

/** The settings of this process, parsed on first use. */
export function settings(): CmsSettings {
  cached ??= parseSettings(process.env)
  return cached
}
