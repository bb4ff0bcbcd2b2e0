/**
 * The one place for the platform's defaults: ports, limits and timeouts. Services, the launcher
 * (`npm start`), `.env.example` and the README all name these values; change them here.
 */
export const DEFAULT_PORTS = {
  gateway: 4000,
  monitor: 4001,
  content: 4002,
  cms: 3000,
  embeddedPostgres: 54329,
  /** The local mail catcher `npm start` runs (maildev): SMTP and its web inbox. */
  mailSmtp: 1025,
  mailWeb: 1080,
} as const

export const DEFAULT_HOST = '127.0.0.1'

/**
 * Limits on one GraphQL operation, enforced before it runs, at the gateway and again in each
 * subgraph. Every reference operation of a real frontend stays well under them (see
 * schema/operations/ and docs/security.md for the cost of each).
 */
export const DEFAULT_OPERATION_LIMITS = {
  /** Nesting of selections; the deepest reference page needs 7. */
  maxDepth: 12,
  /** Aliased fields in one operation. */
  maxAliases: 30,
  /** Lexical tokens in one document (graphql-js counts them while parsing). */
  maxTokens: 2_000,
  /** Directives in one operation. */
  maxDirectives: 30,
  /**
   * Query cost: every field costs 1, and a list multiplies what is below it by its `first`
   * (or `limit`), or by its declared maximum size. The costliest reference page, the
   * 342-municipality overview, costs 38,305 (schema/operations/README.md lists them all).
   */
  maxCost: 100_000,
  /** Assumed size of a plain list field whose size is not declared and not bounded by `first`. */
  defaultListSize: 20,
} as const

export const DEFAULT_HTTP_LIMITS = {
  /** Largest request body accepted (JSON), in bytes. */
  maxBodyBytes: 1024 * 1024,
  /** Largest response a subgraph may send the gateway, in bytes. */
  maxSubgraphResponseBytes: 16 * 1024 * 1024,
  /** How long the gateway waits for one subgraph request, in milliseconds. */
  subgraphTimeoutMs: 5_000,
} as const

export const DEFAULT_RATE_LIMITS = {
  /** GraphQL requests per client IP per window at the gateway. */
  gatewayPoints: 600,
  gatewayWindowSeconds: 60,
  /** Login and forgot-password attempts per client IP per window at the CMS. */
  loginPoints: 10,
  loginWindowSeconds: 15 * 60,
} as const

/** How long a verified session stays cached before the session store is asked again. */
export const DEFAULT_SESSION_CHECK_TTL_MS = 2_000
