import { DomainError, ErrorCode } from '../errors/domain-error'

export enum AuthErrorReason {
  /** The Authorization header is malformed, or its token fails verification. */
  InvalidToken = 'INVALID_TOKEN',
  ExpiredToken = 'EXPIRED_TOKEN',
  /** The token's session was logged out or has expired in the CMS. */
  SessionEnded = 'SESSION_ENDED',
  /** The CMS locked the account (too many failed logins, or by an admin). */
  AccountLocked = 'ACCOUNT_LOCKED',
  /** The CMS session store did not answer; a login cannot be checked, so it is not trusted. */
  SessionStoreUnavailable = 'SESSION_STORE_UNAVAILABLE',
  /** An anonymous caller asked for something that needs a login. */
  LoginRequired = 'LOGIN_REQUIRED',
  /** The caller's role may not use this field. */
  RoleNotAllowed = 'ROLE_NOT_ALLOWED',
  /** The caller may use the field, but not for this municipality's data. */
  OtherMunicipality = 'OTHER_MUNICIPALITY',
}

type AuthErrorCode = ErrorCode.Unauthenticated | ErrorCode.Forbidden | ErrorCode.AuthUnavailable

const CODES: Readonly<Record<AuthErrorReason, AuthErrorCode>> = {
  [AuthErrorReason.InvalidToken]: ErrorCode.Unauthenticated,
  [AuthErrorReason.ExpiredToken]: ErrorCode.Unauthenticated,
  [AuthErrorReason.SessionEnded]: ErrorCode.Unauthenticated,
  [AuthErrorReason.AccountLocked]: ErrorCode.Unauthenticated,
  [AuthErrorReason.SessionStoreUnavailable]: ErrorCode.AuthUnavailable,
  [AuthErrorReason.LoginRequired]: ErrorCode.Unauthenticated,
  [AuthErrorReason.RoleNotAllowed]: ErrorCode.Forbidden,
  [AuthErrorReason.OtherMunicipality]: ErrorCode.Forbidden,
}

/**
 * Identity (UNAUTHENTICATED), access (FORBIDDEN) and session-check (AUTH_UNAVAILABLE) failures;
 * the reason decides the code.
 */
export class AuthError extends DomainError {
  readonly code: AuthErrorCode

  constructor(
    readonly reason: AuthErrorReason,
    message: string,
  ) {
    super(message)
    this.code = CODES[reason]
  }
}
