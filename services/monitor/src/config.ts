export const logLevels = ['error', 'warn', 'info', 'debug'] as const
export type LogLevel = (typeof logLevels)[number]

export interface MonitorConfig {
  databaseUrl: string
  host: string
  port: number
  /** The CMS's Payload secret: verifies the JWTs Payload issues at login. */
  payloadSecret: string
  logLevel: LogLevel
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid configuration: ${problems[0]}`
        : `Invalid configuration:\n  ${problems.join('\n  ')}`,
    )
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>

class InvalidVariable extends Error {
  constructor(variable: string, problem: string) {
    super(`${variable} ${problem}`)
  }
}

/** Reads and validates the environment once; throws one ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): MonitorConfig {
  const problems: string[] = []
  const read = <T>(parse: () => T, placeholder: T): T => {
    try {
      return parse()
    } catch (error) {
      if (!(error instanceof InvalidVariable)) throw error
      problems.push(error.message)
      return placeholder
    }
  }
  const config: MonitorConfig = {
    databaseUrl: read(() => databaseUrl(env, 'MONITOR_DATABASE_URL'), ''),
    host: optional(env, 'MONITOR_HOST') ?? '127.0.0.1',
    port: read(() => port(env, 'MONITOR_PORT', 4001), 0),
    payloadSecret: read(() => secret(env, 'PAYLOAD_SECRET'), ''),
    logLevel: read(() => logLevel(env, 'LOG_LEVEL'), 'info'),
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

/** Only the database, for command-line tools that serve nothing (e.g. the survey import). */
export function loadDatabaseConfig(env: Env = process.env): Pick<MonitorConfig, 'databaseUrl'> {
  try {
    return { databaseUrl: databaseUrl(env, 'MONITOR_DATABASE_URL') }
  } catch (error) {
    if (error instanceof InvalidVariable) throw new ConfigError([error.message])
    throw error
  }
}

// Blank values count as unset so `FOO=` in an .env file behaves like leaving FOO out.
function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value === undefined || value === '' ? undefined : value
}

function databaseUrl(env: Env, name: string): string {
  const value = optional(env, name)
  if (value === undefined) {
    throw new InvalidVariable(
      name,
      'is required, e.g. postgres://user:password@127.0.0.1:5432/monitor',
    )
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InvalidVariable(name, 'is not a valid URL')
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new InvalidVariable(name, `must use the postgres:// scheme, got ${url.protocol}//`)
  }
  if (url.pathname.length <= 1) {
    throw new InvalidVariable(name, 'must name a database, e.g. postgres://127.0.0.1:5432/monitor')
  }
  return value
}

export const MIN_SECRET_LENGTH = 32

function secret(env: Env, name: string): string {
  const value = optional(env, name)
  if (value === undefined) {
    throw new InvalidVariable(name, 'is required: the same secret the CMS signs logins with')
  }
  if (value.length < MIN_SECRET_LENGTH) {
    throw new InvalidVariable(name, `must be at least ${MIN_SECRET_LENGTH} characters long`)
  }
  return value
}

function port(env: Env, name: string, fallback: number): number {
  const value = optional(env, name)
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (!/^\d+$/.test(value) || parsed < 1 || parsed > 65535) {
    throw new InvalidVariable(name, `must be a port number between 1 and 65535, got "${value}"`)
  }
  return parsed
}

function logLevel(env: Env, name: string): LogLevel {
  const value = optional(env, name)?.toLowerCase()
  if (value === undefined) return 'info'
  if (!isLogLevel(value)) {
    throw new InvalidVariable(name, `must be one of ${logLevels.join(', ')}, got "${value}"`)
  }
  return value
}

function isLogLevel(value: string): value is LogLevel {
  return (logLevels as readonly string[]).includes(value)
}
