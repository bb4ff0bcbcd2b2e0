/** The codes clients see in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  /** The CMS session store cannot be asked whether a login is still valid (HTTP 503). */
  AuthUnavailable = 'AUTH_UNAVAILABLE',
  MunicipalityNotFound = 'MUNICIPALITY_NOT_FOUND',
  MeasurementClosed = 'MEASUREMENT_CLOSED',
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
