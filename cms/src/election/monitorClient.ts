import type { PayloadRequest } from 'payload'
import { settings } from '../config'

/** Why the CMS could not get what it asked the monitor for; each is answered with its status. */
export enum MonitorCallCode {
  /** The monitor did not answer in time, answered garbage, or is down. */
  Unavailable = 'ELECTION_RESULTS_UNAVAILABLE',
  /** The monitor refused the caller (a session that ended, a role it does not accept). */
  Refused = 'ELECTION_RESULTS_REFUSED',
}

export class MonitorCallError extends Error {
  constructor(
    readonly code: MonitorCallCode | string,
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const TIMEOUT_MS = 5_000
const TOKEN_COOKIE = /(?:^|;\s*)payload-token=([^;]+)/

/** The caller's own Payload token, as the browser or API client sent it. */
export function callerToken(req: Pick<PayloadRequest, 'headers'>): string | undefined {
  const authorization = req.headers.get('authorization') ?? ''
  const scheme = /^(?:JWT|Bearer)\s+(\S+)$/i.exec(authorization)
  if (scheme) return scheme[1]
  const cookie = TOKEN_COOKIE.exec(req.headers.get('cookie') ?? '')
  return cookie ? decodeURIComponent(cookie[1]!) : undefined
}

interface GraphQLAnswer<T> {
  data?: T | null
  errors?: Array<{ message?: string; extensions?: { code?: string } }>
}

/**
 * Runs one operation at the monitor subgraph (MONITOR_URL) as the caller: their own token goes
 * along, so the monitor decides with its own rules (`@Authorized`) what an organiser may see and
 * do. The CMS never holds a service account for the election. A refusal or failure of the monitor
 * becomes a {@link MonitorCallError} with a code; the monitor's raw answer is never passed on.
 */
export async function callMonitor<T>(
  req: Pick<PayloadRequest, 'headers' | 'payload'>,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const token = callerToken(req)
  let answer: GraphQLAnswer<T>
  try {
    const response = await fetch(settings().monitorUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...(req.headers.get('x-request-id')
          ? { 'x-request-id': req.headers.get('x-request-id')! }
          : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (response.status === 401 || response.status === 403) {
      throw new MonitorCallError(MonitorCallCode.Refused, 403, 'The monitor refused this session')
    }
    answer = (await response.json()) as GraphQLAnswer<T>
  } catch (error) {
    if (error instanceof MonitorCallError) throw error
    req.payload.logger.error({ err: error }, 'election: the monitor could not be reached')
    throw new MonitorCallError(MonitorCallCode.Unavailable, 503, 'The monitor could not be reached')
  }
  const first = answer.errors?.[0]
  if (first) {
    const code = first.extensions?.code ?? MonitorCallCode.Unavailable
    const status =
      code === 'UNAUTHENTICATED' || code === 'FORBIDDEN'
        ? 403
        : code === 'BAD_USER_INPUT'
          ? 400
          : 502
    // The monitor's messages are written for clients (its one formatter hides internals).
    throw new MonitorCallError(code, status, first.message ?? 'The monitor refused the request')
  }
  if (!answer.data) {
    throw new MonitorCallError(MonitorCallCode.Unavailable, 502, 'The monitor sent no data')
  }
  return answer.data
}
