/**
 * Whether an error means a service's database could not be reached or dropped the connection:
 * a refused, reset or timed-out socket, a server that is shutting down or terminated the
 * session, a connection pool that could not connect in time. Such errors are the platform's
 * (the client may retry), not a bug: each subgraph's one error formatter answers
 * DATABASE_UNAVAILABLE instead of INTERNAL_SERVER_ERROR. Follows TypeORM's `driverError`,
 * Drizzle's and Payload's `cause` and Node's AggregateError.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some(
    (cause) =>
      (typeof cause.code === 'string' &&
        (NETWORK_ERRORS.has(cause.code) || UNAVAILABLE_SQLSTATE.test(cause.code))) ||
      (typeof cause.message === 'string' && DRIVER_MESSAGES.test(cause.message)),
  )
}

// Node's socket errors when the server is down, unreachable or gone.
const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
])

// PostgreSQL: class 08 (connection exception), 57P01–57P03 (terminated by an administrator,
// crash shutdown, cannot connect now: starting up or shutting down), 53300 (too many connections).
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/

// node-postgres' own errors for a connection that broke or never came.
const DRIVER_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable|Client was closed and is not queryable)/

interface ErrorLike {
  code?: unknown
  message?: unknown
  driverError?: unknown
  cause?: unknown
  errors?: unknown
  originalError?: unknown
}

/** The error and what it wraps, a few levels deep (no cycles). */
function causes(error: unknown): ErrorLike[] {
  const found: ErrorLike[] = []
  const queue: unknown[] = [error]
  while (queue.length > 0 && found.length < 16) {
    const next = queue.shift()
    if (typeof next !== 'object' || next === null || found.includes(next as ErrorLike)) continue
    const candidate = next as ErrorLike
    found.push(candidate)
    queue.push(candidate.driverError, candidate.cause, candidate.originalError)
    if (Array.isArray(candidate.errors)) queue.push(...candidate.errors)
  }
  return found
}
