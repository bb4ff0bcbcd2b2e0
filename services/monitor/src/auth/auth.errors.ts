import { DomainError, ErrorCode } from '../errors/domain-error'

export enum AuthErrorReason {
  /** The Authorization header is malformed, or its token fails verification. */
  InvalidToken = 'INVALID_TOKEN',
  ExpiredToken = 'EXPIRED_TOKEN',
  /** An anonymous caller asked for something that needs a login. */
  LoginRequired = 'LOGIN_REQUIRED',
  /** The caller's role may not use this field. */
  RoleNotAllowed = 'ROLE_NOT_ALLOWED',
  /** The caller may use the field, but not for this municipality's data. */
  OtherMunicipality = 'OTHER_MUNICIPALITY',
}

const CODES: Readonly<Record<AuthErrorReason, ErrorCode.Unauthenticated | ErrorCode.Forbidden>> = {
  [AuthErrorReason.InvalidToken]: ErrorCode.Unauthenticated,
  [AuthErrorReason.ExpiredToken]: ErrorCode.Unauthenticated,
  [AuthErrorReason.LoginRequired]: ErrorCode.Unauthenticated,
  [AuthErrorReason.RoleNotAllowed]: ErrorCode.Forbidden,
  [AuthErrorReason.OtherMunicipality]: ErrorCode.Forbidden,
}

/** Identity (UNAUTHENTICATED) and access (FORBIDDEN) failures; the reason decides the code. */
export class AuthError extends DomainError {
  readonly code: ErrorCode.Unauthenticated | ErrorCode.Forbidden

  constructor(
    readonly reason: AuthErrorReason,
    message: string,
  ) {
    super(message)
    this.code = CODES[reason]
  }
}
