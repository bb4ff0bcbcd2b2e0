/** The codes clients see in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
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
