import { DomainError, ErrorCode } from '../errors/domain-error'

export enum MunicipalityErrorReason {
  InvalidCode = 'INVALID_MUNICIPALITY_CODE',
  InvalidCursor = 'INVALID_CURSOR',
}

export class MunicipalityError extends DomainError {
  readonly code = ErrorCode.BadUserInput

  constructor(
    readonly reason: MunicipalityErrorReason,
    message: string,
  ) {
    super(message)
  }
}
