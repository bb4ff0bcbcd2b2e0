import { APIError, type PayloadRequest, ValidationError } from 'payload'
import { localize, type Localized } from '../../fields/localized'

/** Why the CMS refused a change to an advice request; in the answer's `data.code`. */
export enum AdviceRequestErrorCode {
  /** The queue does not allow this move of `state` (see states.ts). */
  InvalidTransition = 'ADVICE_STATE_TRANSITION_NOT_ALLOWED',
  /** Assigned and in progress need an assignee from the project team. */
  AssigneeRequired = 'ADVICE_ASSIGNEE_REQUIRED',
  /** An unconfirmed request (its e-mail not yet confirmed) stays new. */
  NotConfirmed = 'ADVICE_REQUEST_NOT_CONFIRMED',
  /** A sent reply is part of the record: it cannot be edited or removed. */
  ReplyImmutable = 'ADVICE_REPLY_IMMUTABLE',
  /** The reply could not be handed to the mail server; nothing was saved. */
  ReplyNotSent = 'ADVICE_REPLY_NOT_SENT',
}

/**
 * A refused change, shown on its field in the admin (a ValidationError, HTTP 400) and carrying
 * its code for API clients.
 */
export class AdviceRequestValidationError extends ValidationError {
  readonly code: AdviceRequestErrorCode

  constructor(code: AdviceRequestErrorCode, path: string, message: Localized, req: PayloadRequest) {
    super({
      collection: 'advice-requests',
      errors: [{ path, message: localize(req, message) }],
      req,
    })
    this.code = code
    this.data = { ...this.data, code } as typeof this.data
  }
}

/** The mail server did not take a reply: the whole save is rolled back, the adviser can retry. */
export class AdviceReplyNotSentError extends APIError {
  readonly code = AdviceRequestErrorCode.ReplyNotSent

  constructor(req: PayloadRequest) {
    super(
      localize(req, {
        nl: 'Het antwoord kon niet worden verzonden; er is niets opgeslagen. Probeer het later opnieuw.',
        en: 'The reply could not be sent; nothing was saved. Try again later.',
      }),
      503,
      { code: AdviceRequestErrorCode.ReplyNotSent },
      true,
    )
  }
}
