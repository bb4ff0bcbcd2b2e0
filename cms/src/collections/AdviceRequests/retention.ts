import type { Payload } from 'payload'

/** How long what identifies a requester is kept (docs/advice.md, "Data kept"). */
export const RETENTION = {
  /** A request done or declined this long ago loses its contact details. */
  closedMonths: 12,
} as const

/** What an erased request's contact reads: the field stays required and an address. */
export const ERASED = { name: 'verwijderd', email: 'verwijderd@example.invalid' } as const

export interface ErasureResult {
  /** Unconfirmed requests past their confirmation link's 7 days, deleted. */
  deletedUnconfirmed: number
  /** Done or declined requests whose contact details were erased. */
  erasedContacts: number
}

const monthsBefore = (now: Date, months: number) => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/**
 * The retention of advice requests, for a daily run (`npm run advice:retention -w @idm/cms`):
 * deletes the unconfirmed requests whose link has expired, and erases the contact details
 * (name, e-mail, phone, role, the requester's account, the status link) of requests that were
 * closed, done or declined, at least 12 months ago (last change). Question, topics, states and
 * replies stay for the programme's reporting. Running it twice changes nothing more.
 */
export async function applyAdviceRetention(
  payload: Payload,
  now = new Date(),
): Promise<ErasureResult> {
  const expired = await payload.delete({
    collection: 'advice-requests',
    where: {
      and: [
        { confirmedAt: { exists: false } },
        { confirmationExpiresAt: { less_than: now.toISOString() } },
      ],
    },
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  const closed = await payload.update({
    collection: 'advice-requests',
    where: {
      and: [
        { state: { in: ['done', 'declined'] } },
        { updatedAt: { less_than: monthsBefore(now, RETENTION.closedMonths).toISOString() } },
        { 'contact.email': { not_equals: ERASED.email } },
      ],
    },
    data: {
      contact: { name: ERASED.name, email: ERASED.email, phone: null, organisationRole: null },
      requester: null,
      statusTokenHash: null,
    },
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  return { deletedUnconfirmed: expired.docs.length, erasedContacts: closed.docs.length }
}
