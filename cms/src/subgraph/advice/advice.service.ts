import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import type { AdviceState } from '../../collections/AdviceRequests/states'
import type { AdviceRequest } from '../../payload-types'
import { hasRole } from '../../collections/Users/roles'
import { findMunicipality } from '../../municipalities/registry'
import type { Actor } from '../shared/actor'
import type { Connection, PageArgs } from '../shared/connection'
import { ContentError, ContentErrorCode } from '../shared/errors'
import { AdviceErrorReason, adviceError } from './advice.errors'
import { type RequestAdviceInput, validateAdviceInput } from './advice.input'
import { adviceLimits } from './advice.limits'
import {
  CONFIRM_PATH,
  CONFIRMATION_TTL_MS,
  linkTo,
  sendRequestMail,
  STATUS_PATH,
} from './advice.mail'
import {
  ADVICE_SELECT,
  type AdviceRequestModel,
  COLLECTION,
  listAdviceRequests,
  toAdviceRequestModel,
} from './advice.reads'
import { isTokenShaped, limitKey, newToken, tokenHash } from './advice.tokens'

/** What the advice service needs of the request: who asks, from where, and where links point. */
export interface AdviceCaller {
  actor: Actor
  clientIp: string
  publicUrl: string
}

export interface RequestAdviceResult {
  /** True when the requester must confirm by e-mail before the request joins the queue. */
  confirmationRequired: boolean
  /** The request, for a logged-in official; null for an anonymous requester (see the mail). */
  request: AdviceRequestModel | null
}

export interface ConfirmAdviceResult {
  state: AdviceState
  /** True when the link had been used before: nothing changed. */
  alreadyConfirmed: boolean
}

const unauthenticated = (message: string) =>
  new ContentError(ContentErrorCode.Unauthenticated, message)

const tokenInvalid = () =>
  new ContentError(ContentErrorCode.TokenInvalid, 'This link is not (or no longer) valid')

/**
 * Tailored advice ("advies op maat"): a municipality asks, the project team answers in the CMS.
 * Requests are written here, past Payload's create access (which refuses everyone), after the
 * checks below; every read goes through Payload as the caller, except the capability links.
 */
export class AdviceService {
  /**
   * A logged-in municipal official asks for their own municipality (confirmed at once); anyone
   * else asks without an account, with an e-mail address that must be confirmed. Other roles are
   * refused: the project team and editors do not ask themselves.
   */
  async requestAdvice(
    caller: AdviceCaller,
    input: RequestAdviceInput,
  ): Promise<RequestAdviceResult> {
    const { user, payload } = caller.actor
    if (user && !hasRole(user, 'municipal-official')) {
      throw adviceError(
        ContentErrorCode.Forbidden,
        AdviceErrorReason.RoleNotAllowed,
        'Only municipal officials ask for advice with an account; anyone else asks without logging in',
      )
    }
    const valid = validateAdviceInput(input)
    if (user && valid.municipalityCode !== user.municipalityCode) {
      throw adviceError(
        ContentErrorCode.Forbidden,
        AdviceErrorReason.OtherMunicipality,
        'A municipal official asks for advice for their own municipality only',
      )
    }
    const email = valid.contact.email ?? (user ? user.email.toLowerCase() : null)
    if (!email) {
      throw adviceError(
        ContentErrorCode.BadUserInput,
        AdviceErrorReason.EmailRequired,
        'input.contact.email: required without a login, to confirm the request and to send the reply',
      )
    }
    await this.throttle(caller.clientIp, user ? null : email)

    const now = new Date()
    const statusToken = newToken()
    const confirmToken = user ? undefined : newToken()
    const municipalityName =
      findMunicipality(valid.municipalityCode)?.name ?? valid.municipalityCode
    const req = await createLocalReq({}, payload)
    const owns = await initTransaction(req)
    try {
      const doc = await payload.create({
        collection: COLLECTION,
        data: {
          municipality: valid.municipalityCode,
          question: valid.question,
          // Checked against @idm/reference above; the generated types name the same values.
          lifeDomains: valid.lifeDomains as NonNullable<AdviceRequest['lifeDomains']>,
          crpdArticles: valid.crpdArticles.map(String) as NonNullable<
            AdviceRequest['crpdArticles']
          >,
          themes: valid.themes,
          preferredForm: valid.preferredForm,
          contact: { ...valid.contact, email },
          requester: user?.id ?? null,
          confirmedAt: user ? now.toISOString() : null,
          confirmationTokenHash: confirmToken ? tokenHash(confirmToken) : null,
          confirmationExpiresAt: confirmToken
            ? new Date(now.getTime() + CONFIRMATION_TTL_MS).toISOString()
            : null,
          statusTokenHash: tokenHash(statusToken),
          state: 'new',
          history: [{ from: null, to: 'new', by: user?.id ?? null, at: now.toISOString() }],
        },
        depth: 0,
        select: ADVICE_SELECT,
        // Create access is closed to everyone: this service is the only way in.
        overrideAccess: true,
        req,
      })
      try {
        await sendRequestMail(
          payload,
          { ...valid, municipalityName, contact: { ...valid.contact, email } },
          {
            ...(confirmToken
              ? { confirmUrl: linkTo(caller.publicUrl, CONFIRM_PATH, confirmToken) }
              : {}),
            statusUrl: linkTo(caller.publicUrl, STATUS_PATH, statusToken),
          },
        )
      } catch (error) {
        payload.logger.error({ err: error }, 'advice: the request mail was not sent')
        throw adviceError(
          ContentErrorCode.Internal,
          AdviceErrorReason.MailNotSent,
          'The e-mail could not be sent; nothing was saved. Try again later',
        )
      }
      if (owns) await commitTransaction(req)
      return {
        confirmationRequired: !user,
        request: user ? toAdviceRequestModel(doc) : null,
      }
    } catch (error) {
      if (owns) await killTransaction(req)
      throw error
    }
  }

  /** The link of the confirmation mail: the request joins the queue. Using it twice changes nothing. */
  async confirm(payload: Payload, token: string): Promise<ConfirmAdviceResult> {
    const doc = await this.findByToken(payload, 'confirmationTokenHash', token)
    if (doc.confirmedAt) return { state: doc.state, alreadyConfirmed: true }
    if (doc.confirmationExpiresAt && new Date(doc.confirmationExpiresAt).getTime() < Date.now()) {
      throw new ContentError(
        ContentErrorCode.TokenExpired,
        'This confirmation link has expired (7 days); please ask again',
      )
    }
    const confirmed = await payload.update({
      collection: COLLECTION,
      id: doc.id,
      data: { confirmedAt: new Date().toISOString() },
      depth: 0,
      select: { state: true },
      overrideAccess: true,
    })
    return { state: confirmed.state, alreadyConfirmed: false }
  }

  /** The status link of the mail: the request, as its requester may see it (no internal data). */
  async status(payload: Payload, token: string): Promise<AdviceRequestModel> {
    return toAdviceRequestModel(await this.findByToken(payload, 'statusTokenHash', token))
  }

  /** The project team's queue (advisers: confirmed requests; admins: all), newest first. */
  queue(
    actor: Actor,
    args: PageArgs & { state?: AdviceState | null },
  ): Promise<Connection<AdviceRequestModel>> {
    if (!actor.user) throw unauthenticated('Log in to see advice requests')
    if (!hasRole(actor.user, 'admin', 'adviser', 'municipal-official')) {
      throw new ContentError(
        ContentErrorCode.Forbidden,
        'Advice requests are for the project team and the requesting municipality',
      )
    }
    return listAdviceRequests(actor, args)
  }

  /** A municipal official's view: their municipality's requests, with states and replies. */
  mine(actor: Actor, args: PageArgs): Promise<Connection<AdviceRequestModel>> {
    if (!actor.user) throw unauthenticated('Log in as a municipal official to see your requests')
    if (!hasRole(actor.user, 'municipal-official')) {
      throw new ContentError(
        ContentErrorCode.Forbidden,
        'myAdviceRequests is for municipal officials; the project team uses adviceRequests',
      )
    }
    // Payload's read access narrows it to the official's own municipality.
    return listAdviceRequests(actor, args)
  }

  private async findByToken(
    payload: Payload,
    field: 'confirmationTokenHash' | 'statusTokenHash',
    token: string,
  ) {
    if (!isTokenShaped(token)) throw tokenInvalid()
    const { docs } = await payload.find({
      collection: COLLECTION,
      where: { [field]: { equals: tokenHash(token) } },
      select: { ...ADVICE_SELECT, confirmationExpiresAt: true },
      depth: 0,
      limit: 1,
      pagination: false,
      // The token is the capability: whoever holds the link may see the request.
      overrideAccess: true,
    })
    const [doc] = docs
    if (!doc) throw tokenInvalid()
    return doc
  }

  /**
   * Per client for everyone; per e-mail address for requests without a login, whose address is
   * not yet proven (a confirmation mail per request: no mail-bombing a stranger's inbox).
   */
  private async throttle(clientIp: string, email: string | null): Promise<void> {
    const limits = adviceLimits()
    const client = await limits.perClient.consume(limitKey('client', clientIp))
    if (!client.allowed) {
      throw adviceError(
        ContentErrorCode.RateLimited,
        AdviceErrorReason.TooManyFromClient,
        `Too many advice requests from this network; try again in ${client.retryAfterSeconds} s`,
      )
    }
    if (email === null) return
    const address = await limits.perAddress.consume(limitKey('email', email))
    if (!address.allowed) {
      throw adviceError(
        ContentErrorCode.RateLimited,
        AdviceErrorReason.TooManyFromAddress,
        `Too many advice requests from this e-mail address; try again in ${address.retryAfterSeconds} s`,
      )
    }
  }
}

export const adviceService = new AdviceService()
