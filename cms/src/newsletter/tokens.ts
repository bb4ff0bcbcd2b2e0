import { createHash, createHmac, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

/** A link token: 32 random bytes, base64url (43 characters). Only its hash is ever stored. */
export const newToken = (): string => randomBytes(32).toString('base64url')

/** What we store and look tokens up by: SHA-256, hex. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')

/** Tokens as our links carry them (the same shape the gateway's pages accept). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/

/**
 * A subscriber's unsubscribe token, valid forever. Every issue mail must carry it, yet only its
 * hash is stored: it is derived from the subscriber's random nonce (32 bytes, stored) with the
 * CMS secret, so the database alone never yields a working link.
 */
export const unsubscribeTokenOf = (secret: string, nonce: string): string =>
  createHmac('sha256', secret).update(`newsletter-unsubscribe:${nonce}`).digest('base64url')

export const newNonce = (): string => randomBytes(32).toString('base64url')

/** How long a confirmation link works. */
export const CONFIRMATION_VALID_MS = 7 * 24 * 60 * 60 * 1000

/** At most one confirmation mail per address in this time (silently: the answer is the same). */
export const CONFIRMATION_THROTTLE_MS = 10 * 60 * 1000

export const confirmUrl = (publicUrl: string, token: string): string =>
  `${publicUrl}/nieuwsbrief/bevestigen?token=${encodeURIComponent(token)}`

export const unsubscribeUrl = (publicUrl: string, token: string): string =>
  `${publicUrl}/nieuwsbrief/afmelden?token=${encodeURIComponent(token)}`

/** The gateway's public URL (GATEWAY_PUBLIC_URL), which createPayloadConfig puts in `custom`. */
export function gatewayPublicUrl(payload: Payload): string {
  const url = (payload.config.custom as { gatewayPublicUrl?: unknown } | undefined)
    ?.gatewayPublicUrl
  if (typeof url !== 'string') throw new Error('the Payload config lacks custom.gatewayPublicUrl')
  return url
}
