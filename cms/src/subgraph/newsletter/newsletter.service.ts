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

/** Writes and mails still running after their answer; beyond this many, a request waits. */
const MAX_IN_FLIGHT = 100
const inFlight = new Set<Promise<void>>()

/**
 * Double opt-in, step 1. The same answer whatever the address's state (no enumeration), in
 * about the same time: every request does the same read before it answers (so a database that is
 * down still answers DATABASE_UNAVAILABLE); what differs — the write and the confirmation mail —
 * happens after the answer. At most one mail per 10 minutes per address, so the form cannot be
 * used to flood someone's inbox. A confirmed address gets no mail and keeps its choices
 * (changing them needs the address's own link).
 */
export async function subscribe(
  ctx: NewsletterContext,
  input: SubscribeInput,
): Promise<{ accepted: true }> {
  const email = normaliseEmail(input.email)
  const lifeDomains = checkLifeDomains(input.lifeDomains)
  const existing = await findBy(ctx.actor.payload, 'email', email)
  const work = register(ctx, email, lifeDomains, existing).catch((error: unknown) => {
    ctx.log.error({ err: error }, 'newsletter: a subscription could not be recorded or mailed')
  })
  inFlight.add(work)
  void work.finally(() => inFlight.delete(work))
  // Under a flood, answer no faster than the work is done: memory stays bounded.
  if (inFlight.size > MAX_IN_FLIGHT) await work
  return { accepted: true }
}

/** The part of {@link subscribe} after its answer: record the request, then mail. */
async function register(
  ctx: NewsletterContext,
  email: string,
  lifeDomains: LifeDomainSlug[],
  existing: SubscriberRow | null,
): Promise<void> {
  // Once the answer is on its way: its serialisation must not wait for this work.
  await new Promise((resolve) => setTimeout(resolve, 20))
  const { payload } = ctx.actor
  const now = Date.now()
  const token = newToken()
  const fresh = {
    confirmationTokenHash: hashToken(token),
    confirmationExpiresAt: new Date(now + CONFIRMATION_VALID_MS).toISOString(),
    confirmationSentAt: new Date(now).toISOString(),
    lifeDomains,
  }

  let nonce: string
  if (!existing) {
    nonce = newNonce()
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
    } catch (error) {
      // The same address at the same moment: the other request mails it.
      if (await findBy(payload, 'email', email)) return
      throw error
    }
  } else {
    if (existing.state === 'confirmed' || !existing.unsubscribeNonce) return
    const last = existing.confirmationSentAt ? Date.parse(existing.confirmationSentAt) : 0
    if (now - last < CONFIRMATION_THROTTLE_MS) return
    // Only if nobody else mailed it meanwhile (two requests at once: one mail).
    const { rows } = await payload.db.pool.query(
      `UPDATE newsletter_subscribers SET confirmation_sent_at = $2
        WHERE id = $1 AND confirmation_sent_at IS NOT DISTINCT FROM $3::timestamptz RETURNING id`,
      [existing.id, fresh.confirmationSentAt, existing.confirmationSentAt ?? null],
    )
    if (rows.length === 0) return
    await payload.update({
      collection: 'newsletter-subscribers',
      id: existing.id,
      overrideAccess: true,
      data: { state: 'pending', ...fresh },
    })
    nonce = existing.unsubscribeNonce
  }

  const mail = confirmationMail(
    confirmUrl(ctx.publicUrl, token),
    unsubscribeUrl(ctx.publicUrl, unsubscribeTokenOf(payload.secret, nonce)),
  )
  await payload.sendEmail(toMessage(email, mail))
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
