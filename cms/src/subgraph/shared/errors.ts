/** Outcomes of the content subgraph that a client can branch on, as `extensions.code`. */
export enum ContentErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  /** Too many requests of one kind from one address or client (tailored advice); retry later. */
  RateLimited = 'RATE_LIMITED',
  /** A link's token (newsletter confirmation or unsubscribe) that we do not know. */
  TokenInvalid = 'TOKEN_INVALID',
  /** A newsletter confirmation link past its 7 days. */
  TokenExpired = 'TOKEN_EXPIRED',
  /** The CMS database is down or dropped the connection: the platform's, not a bug; retry. */
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/**
 * Why a token was refused (`extensions.reason` next to UNAUTHENTICATED): every reason means
 * "log in again", but a client can tell the user why, e.g. that the account is locked.
 */
export enum ContentErrorReason {
  /** Not a login token of this CMS: malformed, or a signature that does not match. */
  InvalidToken = 'INVALID_TOKEN',
  /** A genuine token past its expiry. */
  ExpiredToken = 'EXPIRED_TOKEN',
  /** A genuine token whose session is gone: logged out, password changed, or account removed. */
  SessionEnded = 'SESSION_ENDED',
  /** The account is locked after too many failed logins (until its lock expires). */
  AccountLocked = 'ACCOUNT_LOCKED',
}

/**
 * The content domain's error; `formatError.ts` turns it into a GraphQL error. The reason says
 * more than the code: a {@link ContentErrorReason} for refused tokens, a domain's own reason enum
 * otherwise (e.g. `AdviceErrorReason`).
 */
export class ContentError extends Error {
  constructor(
    readonly code: ContentErrorCode,
    message: string,
    readonly reason?: ContentErrorReason | string,
  ) {
    super(message)
    this.name = 'ContentError'
  }
}
