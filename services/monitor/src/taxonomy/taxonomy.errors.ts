import { DomainError, ErrorCode } from '../errors/domain-error'

export enum TaxonomyErrorReason {
  InvalidCursor = 'INVALID_CURSOR',
}

export class TaxonomyError extends DomainError {
  readonly code = ErrorCode.BadUserInput

  constructor(
    readonly reason: TaxonomyErrorReason,
    message: string,
  ) {
    super(message)
  }
}
