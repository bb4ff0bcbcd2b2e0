import { ContentError, ContentErrorCode } from '../shared/errors'

/** What exactly went wrong with an advice request (`extensions.reason` next to the code). */
export enum AdviceErrorReason {
  /** Only municipal officials ask with an account; other roles are the project team or editors. */
  RoleNotAllowed = 'ADVICE_ROLE_NOT_ALLOWED',
  /** A logged-in official asked for another municipality than their own. */
  OtherMunicipality = 'ADVICE_OTHER_MUNICIPALITY',
  /** An anonymous request needs an e-mail address to confirm and to be answered. */
  EmailRequired = 'ADVICE_EMAIL_REQUIRED',
  /** Too many requests from this e-mail address in the last hour. */
  TooManyFromAddress = 'ADVICE_TOO_MANY_FROM_ADDRESS',
  /** Too many requests from this client (network address) in the last hour. */
  TooManyFromClient = 'ADVICE_TOO_MANY_FROM_CLIENT',
  /** The confirmation mail could not be sent; nothing was saved. */
  MailNotSent = 'ADVICE_MAIL_NOT_SENT',
}

export const adviceInputError = (message: string) =>
  new ContentError(ContentErrorCode.BadUserInput, message)

export const adviceError = (code: ContentErrorCode, reason: AdviceErrorReason, message: string) =>
  new ContentError(code, message, reason)
