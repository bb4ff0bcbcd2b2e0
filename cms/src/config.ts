import {
  ConfigError,
  DEFAULT_HOST,
  DEFAULT_PORTS,
  type Env,
  type LogLevel,
  type OperationLimits,
  operationLimitsFrom,
  parseEnv,
  serviceSettings,
  setting,
  trustProxyFrom,
} from '@idm/edge'

export { ConfigError }

/**
 * The CMS's settings, read from the environment once and validated, so that a wrong value stops
 * the process at start with one message naming every bad variable instead of failing on first use.
 */
export interface CmsSettings {
  /** PostgreSQL connection URL of the CMS database. */
  databaseUrl: string
  /** Signs Payload logins (JWT); the monitor verifies tokens with the same secret. */
  payloadSecret: string
  /** Public URL of the admin (links in the admin and in e-mails), without a trailing slash. */
  serverUrl: string
  /** Interface and port of the content subgraph. */
  contentHost: string
  contentPort: number
  /**
   * Seed the demo content (users, knowledge products, elections …) on setup. Off unless
   * DEMO_DATA=true: `npm start` and the tests set it, deployments leave it off.
   */
  demoData: boolean
  /** Password for the seeded demo users; the seed generates one when unset. */
  demoPassword: string | undefined
  /** Folder for uploaded files (media); undefined: `.data/media` at the repository root. */
  mediaDir: string | undefined
  /** Whether this process runs queued jobs (scheduled publishing) every minute. */
  jobsAutoRun: boolean
  /**
   * The monitor subgraph's GraphQL URL: the election's results, voiding and the move to the next
   * round ask the monitor with the organiser's own token.
   */
  monitorUrl: string
  /**
   * Where the CMS's own e-mails go (password resets, account notices): SMTP_URL, e.g.
   * smtps://user:password@smtp.example.org. Unset, Payload only logs that it would have sent one;
   * `npm start` points it at its local mail catcher.
   */
  smtpUrl: string | undefined
  /** The sender of those e-mails (CMS_MAIL_FROM, "Name <address>"). */
  mailFrom: { name: string; address: string }
  /**
   * The gateway's public URL (GATEWAY_PUBLIC_URL), without a trailing slash: the newsletter's
   * confirmation and unsubscribe links point at its pages.
   */
  gatewayPublicUrl: string
}

/** What only the content subgraph process reads: its logs, body size and operation limits. */
export interface SubgraphSettings {
  logLevel: LogLevel
  /** Introspection and "Did you mean …" suggestions; off unless GRAPHQL_INTROSPECTION=true. */
  introspection: boolean
  maxBodyBytes: number
  limits: OperationLimits
  /**
   * The gateway's public URL (GATEWAY_PUBLIC_URL), without a trailing slash: links the graph
   * hands out to its public endpoints, such as an event's calendar file.
   */
  publicUrl: string
  /**
   * Express `trust proxy` (TRUST_PROXY, default loopback as in the monitor): whose
   * X-Forwarded-For names the client, i.e. the gateway's.
   */
  trustProxy: boolean | number | string
}

const MIN_SECRET_LENGTH = 32
const MAIL_FROM = /^\s*(.+?)\s*<([^<>@\s]+@[^<>@\s]+)>\s*$/

const cmsShape = {
  CMS_DATABASE_URL: setting.url(['postgres:', 'postgresql:']),
  PAYLOAD_SECRET: setting.secret(MIN_SECRET_LENGTH),
  CMS_SERVER_URL: setting
    .url(['http:', 'https:'], `http://localhost:${DEFAULT_PORTS.cms}`)
    .transform((url) => url.replace(/\/+$/, '')),
  CONTENT_HOST: setting.host(DEFAULT_HOST),
  CONTENT_PORT: setting.port(DEFAULT_PORTS.content),
  DEMO_DATA: setting.flag(false),
  DEMO_PASSWORD: setting.optionalText(),
  MEDIA_DIR: setting.optionalText(),
  CMS_JOBS_AUTORUN: setting.flag(true),
  SMTP_URL: setting.optionalUrl(['smtp:', 'smtps:']),
  CMS_MAIL_FROM: setting
    .text('Iedereen doet mee! <noreply@iedereendoetmee.nl>')
    .refine((value) => MAIL_FROM.test(value), 'must read "Name <address@example.org>"'),
  MONITOR_URL: setting.url(
    ['http:', 'https:'],
    `http://${DEFAULT_HOST}:${DEFAULT_PORTS.monitor}/graphql`,
  ),
  GATEWAY_PUBLIC_URL: setting
    .url(['http:', 'https:'], `http://localhost:${DEFAULT_PORTS.gateway}`)
    .transform((url) => url.replace(/\/+$/, '')),
}

// `next build` loads the Payload config to collect the routes, but never connects to the database
// nor signs a token with it; the runtime values come from the environment of `next start`.
// Requiring them here would make every build need production secrets.
const BUILD_PLACEHOLDERS: Readonly<Record<string, string>> = {
  CMS_DATABASE_URL: 'postgres://next-build.invalid/unused',
  PAYLOAD_SECRET: 'next-build-placeholder-never-used-at-runtime',
}

/**
 * Parses and validates the variables of every CMS process (admin, setup, content subgraph).
 * Throws one {@link ConfigError} naming every bad variable.
 */
export function parseSettings(env: Env): CmsSettings {
  const isNextBuild = env.NEXT_PHASE === 'phase-production-build'
  const parsed = parseEnv(cmsShape, isNextBuild ? { ...BUILD_PLACEHOLDERS, ...env } : env)
  return {
    databaseUrl: parsed.CMS_DATABASE_URL,
    payloadSecret: parsed.PAYLOAD_SECRET,
    serverUrl: parsed.CMS_SERVER_URL,
    contentHost: parsed.CONTENT_HOST,
    contentPort: parsed.CONTENT_PORT,
    demoData: parsed.DEMO_DATA,
    demoPassword: parsed.DEMO_PASSWORD,
    mediaDir: parsed.MEDIA_DIR,
    jobsAutoRun: parsed.CMS_JOBS_AUTORUN,
    monitorUrl: parsed.MONITOR_URL,
    smtpUrl: parsed.SMTP_URL,
    mailFrom: mailFromOf(parsed.CMS_MAIL_FROM),
    gatewayPublicUrl: parsed.GATEWAY_PUBLIC_URL,
  }
}

function mailFromOf(value: string): { name: string; address: string } {
  const [, name = '', address = ''] = MAIL_FROM.exec(value) ?? []
  return { name, address }
}

/**
 * Parses the content subgraph's own variables (the graph's shared service settings). Kept apart
 * from {@link parseSettings} so that the Next admin never requires or reads them.
 */
export function parseSubgraphSettings(env: Env): SubgraphSettings {
  const parsed = parseEnv(subgraphShape, env)
  return {
    logLevel: parsed.LOG_LEVEL,
    introspection: parsed.GRAPHQL_INTROSPECTION,
    maxBodyBytes: parsed.MAX_BODY_BYTES,
    limits: operationLimitsFrom(parsed),
    publicUrl: parsed.GATEWAY_PUBLIC_URL,
    trustProxy: trustProxyFrom(parsed.TRUST_PROXY),
  }
}

const subgraphShape = {
  ...serviceSettings,
  GATEWAY_PUBLIC_URL: setting
    .url(['http:', 'https:'], `http://localhost:${DEFAULT_PORTS.gateway}`)
    .transform((url) => url.replace(/\/+$/, '')),
  TRUST_PROXY: setting.text('loopback'),
}

/**
 * Both parts for the content subgraph process, with every bad variable of either in one
 * {@link ConfigError}, so an operator fixes them all at once.
 */
export function parseContentServerSettings(env: Env): {
  cms: CmsSettings
  subgraph: SubgraphSettings
} {
  const problems: string[] = []
  const attempt = <T>(parse: () => T): T | undefined => {
    try {
      return parse()
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      problems.push(...error.problems)
      return undefined
    }
  }
  const cms = attempt(() => parseSettings(env))
  const subgraph = attempt(() => parseSubgraphSettings(env))
  if (!cms || !subgraph) throw new ConfigError(problems)
  return { cms, subgraph }
}

let cached: CmsSettings | undefined

/** The settings of this process, parsed on first use. */
export function settings(): CmsSettings {
  cached ??= parseSettings(process.env)
  return cached
}
