/** The codes clients see in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  /** The CMS session store cannot be asked whether a login is still valid (HTTP 503). */
  AuthUnavailable = 'AUTH_UNAVAILABLE',
  /** The monitor database could not be reached or dropped the connection; the client may retry. */
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  MunicipalityNotFound = 'MUNICIPALITY_NOT_FOUND',
  MeasurementClosed = 'MEASUREMENT_CLOSED',
  /** The election (docs/election.md): the CMS or the mail server cannot be reached. */
  ElectionUnavailable = 'ELECTION_UNAVAILABLE',
  RoundClosed = 'ROUND_CLOSED',
  NotNominated = 'NOT_NOMINATED',
  AlreadyVoted = 'ALREADY_VOTED',
  ProofRejected = 'PROOF_REJECTED',
  RateLimited = 'RATE_LIMITED',
  TokenInvalid = 'TOKEN_INVALID',
  TokenExpired = 'TOKEN_EXPIRED',
  TokenUsed = 'TOKEN_USED',
}

/**
 * Base class for expected failures. Each domain subclasses it with its own reason enum;
 * `formatError` turns it into a GraphQL error with `extensions.code` (and `extensions.reason`).
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode
  abstract readonly reason: string

  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}
