import { DomainError, ErrorCode } from '../errors/domain-error'

export enum ReferenceErrorReason {
  InvalidCursor = 'INVALID_CURSOR',
}

export class ReferenceError extends DomainError {
  readonly code = ErrorCode.BadUserInput

  constructor(
    readonly reason: ReferenceErrorReason,
    message: string,
  ) {
    super(message)
  }
}
