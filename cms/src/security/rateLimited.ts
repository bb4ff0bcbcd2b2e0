import { EdgeErrorCode, errorBody } from '@idm/edge'
import { APIError } from 'payload'

/** The guarded auth routes of the users collection; each has counters of its own. */
export type GuardedAction = 'login' | 'forgot-password' | 'reset-password' | 'unlock'

/**
 * An attempt refused by a login limit. Thrown from a users hook (per e-mail address) so that
 * Payload's error route answers it; the users collection's `afterError` turns it into the same
 * 429 body the route wrapper sends for the per-client limit.
 */
export class LoginRateLimitedError extends APIError {
  constructor(readonly retryAfterSeconds: number) {
    super(rateLimitedMessage(retryAfterSeconds), 429)
    this.name = 'LoginRateLimitedError'
  }
}

function rateLimitedMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60)
  const nl = minutes === 1 ? '1 minuut' : `${minutes} minuten`
  const en = minutes === 1 ? '1 minute' : `${minutes} minutes`
  // Both languages: the limit answers before Payload knows the admin language of the request.
  return `Te veel pogingen. Probeer het over ${nl} opnieuw. / Too many attempts. Try again in ${en}.`
}

/** `{ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }] }` */
export function rateLimitedBody(retryAfterSeconds: number) {
  return errorBody(EdgeErrorCode.RateLimited, rateLimitedMessage(retryAfterSeconds), {
    retryAfterSeconds,
  })
}

function retryAfterHeaders(retryAfterSeconds: number): Headers {
  return new Headers({ 'retry-after': String(retryAfterSeconds) })
}

/** The 429 answer of a refused attempt. */
export function rateLimitedResponse(retryAfterSeconds: number): Response {
  return Response.json(rateLimitedBody(retryAfterSeconds), {
    status: 429,
    headers: retryAfterHeaders(retryAfterSeconds),
  })
}
