import { setTimeout as sleep } from 'node:timers/promises'
import { clientAddress } from './clientAddress'
import { loginLimits } from './loginLimits'
import { type GuardedAction, rateLimitedResponse } from './rateLimited'
import { loginProtectionSettings } from './settings'

/** Route context of `app/(payload)/api/[...slug]/route.ts`; none when called outside Next. */
export type SlugRouteContext = { params?: Promise<{ slug?: string[] | undefined }> } | undefined

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const GUARDED: Readonly<Record<string, GuardedAction>> = {
  login: 'login',
  'forgot-password': 'forgot-password',
  'reset-password': 'reset-password',
  unlock: 'unlock',
}

/**
 * Forgot-password answers the same for every address, but an existing account costs an update
 * and an e-mail that an unknown address does not (7 ms against 1 ms here without a mail adapter;
 * an SMTP adapter adds its round trips). Every answer waits until this much time has passed, so
 * both take the same time. A mail adapter slower than this must send from a job queue instead.
 */
export const FORGOT_PASSWORD_MIN_MS = 400

/**
 * A failed login already costs one PBKDF2 check whether or not the account exists (the users
 * hook `checkPasswordEvenWithoutAccount`), about 100 ms on this machine; what is left is a few ms
 * of lockout bookkeeping for existing accounts. Every 401 waits until this much time has passed,
 * which hides that rest and keeps headroom for a loaded machine, where the hash takes longer.
 */
export const FAILED_LOGIN_MIN_MS = 400

/**
 * Wraps Payload's REST `POST` handler: login, forgot-password, reset-password and unlock of the
 * users collection are counted per client address first (429 RATE_LIMITED with Retry-After once
 * the window's attempts are used), before Payload reads the body; failed logins and every
 * forgot-password answer then take a fixed minimum time. Why here and not in proxy.ts, and which
 * address counts: see `clientAddress`.
 */
export function withLoginProtection<Context extends SlugRouteContext>(
  handler: RouteHandler<Context>,
): RouteHandler<Context> {
  // Parsed when the route module loads, so a bad value fails at start, not at the first login.
  loginProtectionSettings()
  return async (request, context) => {
    const action = await guardedAction(request, context)
    if (!action) return handler(request, context)
    const limits = loginLimits()
    const decision = await limits.perClient(
      action,
      clientAddress(request.headers, limits.settings.trustProxy),
    )
    if (!decision.allowed) return rateLimitedResponse(decision.retryAfterSeconds)
    const started = performance.now()
    const response = await handler(request, context)
    const minimum =
      action === 'forgot-password'
        ? FORGOT_PASSWORD_MIN_MS
        : action === 'login' && response.status === 401
          ? FAILED_LOGIN_MIN_MS
          : 0
    const rest = minimum - (performance.now() - started)
    if (rest > 0) await sleep(rest)
    return response
  }
}

// Payload routes by the decoded slug (Next's params) and matches endpoint paths without regard to
// case (path-to-regexp's default), so `/api/users/LOGIN` and `/api/users/logi%6E` are logins too.
async function guardedAction(
  request: Request,
  context: SlugRouteContext,
): Promise<GuardedAction | undefined> {
  const slug = context?.params ? (await context.params).slug : slugFromUrl(request.url)
  const segments = (slug ?? []).filter(Boolean)
  if (segments.length !== 2 || segments[0] !== 'users') return undefined
  const name = segments[1]!.toLowerCase()
  return Object.hasOwn(GUARDED, name) ? GUARDED[name] : undefined
}

function slugFromUrl(url: string): string[] {
  const segments = new URL(url).pathname.split('/').filter(Boolean)
  if (segments[0] !== 'api') return []
  return segments.slice(1).map((segment) => {
    try {
      return decodeURIComponent(segment)
    } catch {
      return segment
    }
  })
}
