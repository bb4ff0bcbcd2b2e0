import type { Logger } from '@idm/edge'
import type { Payload } from 'payload'
import type { NewsletterSubscriber } from '../../payload-types'
import { LIFE_DOMAINS } from '../../taxonomy/lifeDomains'
import { confirmationMail, toMessage } from '../../newsletter/mails'
import {
  CONFIRMATION_THROTTLE_MS,
  CONFIRMATION_VALID_MS,
  confirmUrl,
  hashToken,
  newNonce,
  newToken,
  TOKEN_PATTERN,
  unsubscribeTokenOf,
  unsubscribeUrl,
} from '../../newsletter/tokens'
import type { Actor } from '../shared/actor'
import { ContentError, ContentErrorCode } from '../shared/errors'

/** What the newsletter service needs of a request: Payload, its log and the gateway's URL. */
export interface NewsletterContext {
  actor: Actor
  log: Logger
  publicUrl: string
}

export interface SubscribeInput {
  email: string
  lifeDomains?: readonly string[] | null
}

interface SubscriberRow {
  id: number
  email: string
  state: 'pending' | 'confirmed' | 'unsubscribed'
  confirmationSentAt?: string | null
  confirmationExpiresAt?: string | null
  unsubscribeNonce?: string | null
}

// Deliberately plain: one @, no spaces, a dot in the domain; SMTP decides the rest.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/
const MAX_EMAIL_LENGTH = 254
const KNOWN_DOMAINS = new Set(LIFE_DOMAINS.map(({ slug }) => slug))

const badInput = (message: string) => new ContentError(ContentErrorCode.BadUserInput, message)
const invalidToken = () =>
  new ContentError(ContentErrorCode.TokenInvalid, 'This link is not (or no longer) valid')

/** The address as stored: trimmed, lower-case; refused with BAD_USER_INPUT when not one. */
export function normaliseEmail(email: string): string {
  const normalised = email.trim().toLowerCase()
  if (normalised.length > MAX_EMAIL_LENGTH || !EMAIL.test(normalised)) {
    throw badInput('email is not a valid e-mail address')
  }
  return normalised
}

type LifeDomainSlug = NonNullable<NewsletterSubscriber['lifeDomains']>[number]

export function checkLifeDomains(
  lifeDomains: readonly string[] | null | undefined,
): LifeDomainSlug[] {
  const unique = [...new Set(lifeDomains ?? [])]
  const unknown = unique.filter((slug) => !KNOWN_DOMAINS.has(slug))
  if (unknown.length > 0) {
    throw badInput(
      `lifeDomains: unknown life domain(s) ${unknown.map((s) => JSON.stringify(s)).join(', ')}`,
    )
  }
  return unique as LifeDomainSlug[]
}

const findBy = (payload: Payload, field: string, value: string) =>
  payload.db.findOne<SubscriberRow>({
    collection: 'newsletter-subscribers',
    where: { [field]: { equals: value } },
  })

/**
 * Double opt-in, step 1. The same answer whatever the address's state (no enumeration); the
 * confirmation mail goes out after the answer, and at most once per 10 minutes per address, so
 * the form cannot be used to flood someone's inbox. A confirmed address gets no mail and keeps
 * its choices (changing them needs the address's own link).
 */
export async function subscribe(
  ctx: NewsletterContext,
  input: SubscribeInput,
): Promise<{ accepted: true }> {
  const email = normaliseEmail(input.email)
  const lifeDomains = checkLifeDomains(input.lifeDomains)
  const { payload } = ctx.actor
  const now = Date.now()
  const token = newToken()
  const fresh = {
    confirmationTokenHash: hashToken(token),
    confirmationExpiresAt: new Date(now + CONFIRMATION_VALID_MS).toISOString(),
    confirmationSentAt: new Date(now).toISOString(),
    lifeDomains,
  }

  let mailTo: { email: string; nonce: string } | undefined
  const existing = await findBy(payload, 'email', email)
  if (!existing) {
    const nonce = newNonce()
    try {
      await payload.create({
        collection: 'newsletter-subscribers',
        overrideAccess: true,
        data: {
          email,
          state: 'pending',
          ...fresh,
          unsubscribeNonce: nonce,
          unsubscribeTokenHash: hashToken(unsubscribeTokenOf(payload.secret, nonce)),
        },
      })
      mailTo = { email, nonce }
    } catch (error) {
      // The same address at the same moment: the other request mails it; the answer is the same.
      if (!(await findBy(payload, 'email', email))) throw error
    }
  } else if (existing.state !== 'confirmed' && existing.unsubscribeNonce) {
    const last = existing.confirmationSentAt ? Date.parse(existing.confirmationSentAt) : 0
    if (now - last >= CONFIRMATION_THROTTLE_MS) {
      await payload.update({
        collection: 'newsletter-subscribers',
        id: existing.id,
        overrideAccess: true,
        data: { state: 'pending', ...fresh },
      })
      mailTo = { email, nonce: existing.unsubscribeNonce }
    }
  }

  if (mailTo) {
    const { email: to, nonce } = mailTo
    const mail = confirmationMail(
      confirmUrl(ctx.publicUrl, token),
      unsubscribeUrl(ctx.publicUrl, unsubscribeTokenOf(payload.secret, nonce)),
    )
    // After the answer: how long SMTP takes must not tell a new address from a known one.
    setImmediate(() => {
      payload.sendEmail(toMessage(to, mail)).catch((error: unknown) => {
        ctx.log.error({ err: error }, 'newsletter: the confirmation mail could not be sent')
      })
    })
  }
  return { accepted: true }
}

function tokenHashOf(token: string): string {
  if (!TOKEN_PATTERN.test(token)) throw invalidToken()
  return hashToken(token)
}

/** Double opt-in, step 2: the confirmation link's token (once, within 7 days). */
export async function confirmSubscription(
  ctx: NewsletterContext,
  token: string,
): Promise<{ confirmed: true }> {
  const { payload } = ctx.actor
  const subscriber = await findBy(payload, 'confirmationTokenHash', tokenHashOf(token))
  if (!subscriber || subscriber.state !== 'pending') throw invalidToken()
  if (
    !subscriber.confirmationExpiresAt ||
    Date.parse(subscriber.confirmationExpiresAt) < Date.now()
  ) {
    throw new ContentError(
      ContentErrorCode.TokenExpired,
      'This confirmation link has expired; subscribe again for a new one',
    )
  }
  await payload.update({
    collection: 'newsletter-subscribers',
    id: subscriber.id,
    overrideAccess: true,
    data: {
      state: 'confirmed',
      confirmedAt: new Date().toISOString(),
      confirmationTokenHash: null,
      confirmationExpiresAt: null,
    },
  })
  return { confirmed: true }
}

/** Ends a subscription (also RFC 8058 one-click, through the gateway's page); idempotent. */
export async function unsubscribe(
  ctx: NewsletterContext,
  token: string,
): Promise<{ unsubscribed: true }> {
  const { payload } = ctx.actor
  const subscriber = await findBy(payload, 'unsubscribeTokenHash', tokenHashOf(token))
  if (!subscriber) throw invalidToken()
  if (subscriber.state !== 'unsubscribed') {
    await payload.update({
      collection: 'newsletter-subscribers',
      id: subscriber.id,
      overrideAccess: true,
      data: {
        state: 'unsubscribed',
        unsubscribedAt: new Date().toISOString(),
        confirmationTokenHash: null,
        confirmationExpiresAt: null,
      },
    })
  }
  return { unsubscribed: true }
}
