import { randomBytes } from 'node:crypto'
import type { CollectionSlug, Payload, Where } from 'payload'
import { EDITIONS, NOMINATIONS, TOOLKIT_ITEMS } from './election'
import { EVENTS } from './events'
import { onePagePdf, solidPng } from './files'
import { KNOWLEDGE_PRODUCTS } from './knowledgeProducts'
import { MEDIA, type SeedMediaKey } from './media'
import { NEWS } from './news'
import { PRACTICE_EXAMPLES } from './practiceExamples'
import { DEMO_USERS } from './users'

export interface SeedResult {
  /** What this run created, as `<collection>:<natural key>` (empty when everything was there). */
  created: string[]
  /** false when DEMO_DATA was off and nothing was seeded. */
  demoData: boolean
  /** Set when no DEMO_PASSWORD was given and new demo users got a generated one. */
  generatedPassword?: string
}

/** The id of the one document matching `where`, or undefined. */
async function findId(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
): Promise<number | undefined> {
  const { docs } = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    draft: true,
    select: {},
  })
  const [doc] = docs
  return typeof doc?.id === 'number' ? doc.id : undefined
}

/** Creates the document when `where` finds none; returns the id either way. */
async function ensure(
  payload: Payload,
  result: SeedResult,
  collection: CollectionSlug,
  key: string,
  where: Where,
  create: () => Promise<{ id: number }>,
): Promise<number> {
  const existing = await findId(payload, collection, where)
  if (existing !== undefined) return existing
  const { id } = await create()
  result.created.push(`${collection}:${key}`)
  return id
}

async function seedUsers(payload: Payload, result: SeedResult, demoPassword: string | undefined) {
  const missing = []
  for (const user of DEMO_USERS) {
    if ((await findId(payload, 'users', { email: { equals: user.email } })) === undefined) {
      missing.push(user)
    }
  }
  if (missing.length === 0) return
  const password = demoPassword ?? randomBytes(12).toString('base64url')
  if (demoPassword === undefined) result.generatedPassword = password
  for (const user of missing) {
    await payload.create({ collection: 'users', data: { ...user, password } })
    result.created.push(`users:${user.email}`)
  }
}

async function seedMedia(payload: Payload, result: SeedResult) {
  const ids = new Map<SeedMediaKey, number>()
  for (const { key, title, alt, caption, credit, image, pdf } of MEDIA) {
    const id = await ensure(payload, result, 'media', key, { title: { equals: title } }, async () =>
      payload.create({
        collection: 'media',
        data: { title, alt, caption, credit },
        file: image
          ? await solidPng(`${key}.png`, image.colour)
          : onePagePdf(`${key}.pdf`, pdf?.line ?? title),
      }),
    )
    ids.set(key, id)
  }
  return ids
}

/**
 * Creates the demo content that is missing. Idempotent: documents are found again by a natural
 * key (e-mail, slug, title, year, edition + municipality) and what exists is left alone, so
 * re-running never resets a password or overwrites an editor's changes.
 */
export async function seedDemoData(
  payload: Payload,
  { demoPassword }: { demoPassword: string | undefined },
): Promise<SeedResult> {
  const result: SeedResult = { created: [], demoData: true }
  await seedUsers(payload, result, demoPassword)
  const media = await seedMedia(payload, result)
  const mediaId = (key: SeedMediaKey | undefined) => (key ? media.get(key) : undefined)

  for (const { status, file, coverImage, publishOn, ...product } of KNOWLEDGE_PRODUCTS) {
    await ensure(
      payload,
      result,
      'knowledge-products',
      product.slug,
      { slug: { equals: product.slug } },
      async () => {
        const created = await payload.create({
          collection: 'knowledge-products',
          data: {
            ...product,
            file: mediaId(file),
            coverImage: mediaId(coverImage),
            _status: status,
          },
          draft: status === 'draft',
        })
        if (publishOn) {
          // What the admin's "schedule publish" button queues; the jobs runner publishes it then.
          await payload.jobs.queue({
            task: 'schedulePublish',
            input: {
              type: 'publish',
              doc: { relationTo: 'knowledge-products', value: created.id },
            },
            waitUntil: new Date(publishOn),
          })
        }
        return created
      },
    )
  }

  for (const { status, ...example } of PRACTICE_EXAMPLES) {
    await ensure(
      payload,
      result,
      'practice-examples',
      example.slug,
      { slug: { equals: example.slug } },
      () =>
        payload.create({
          collection: 'practice-examples',
          data: { ...example, _status: status },
          draft: status === 'draft',
        }),
    )
  }

  const eventIds = new Map<string, number>()
  for (const { status, ...event } of EVENTS) {
    const id = await ensure(
      payload,
      result,
      'events',
      event.slug,
      { slug: { equals: event.slug } },
      () =>
        payload.create({
          collection: 'events',
          data: {
            ...event,
            startsAt_tz: 'Europe/Amsterdam',
            endsAt_tz: 'Europe/Amsterdam',
            _status: status,
          },
          draft: status === 'draft',
        }),
    )
    eventIds.set(event.slug, id)
  }

  for (const { status, ...item } of NEWS) {
    await ensure(payload, result, 'news', item.slug, { slug: { equals: item.slug } }, () =>
      payload.create({
        collection: 'news',
        data: { ...item, _status: status },
        draft: status === 'draft',
      }),
    )
  }

  const editionIds = new Map<number, number>()
  for (const { status, ...edition } of EDITIONS) {
    const id = await ensure(
      payload,
      result,
      'election-editions',
      String(edition.year),
      { year: { equals: edition.year } },
      () =>
        payload.create({
          collection: 'election-editions',
          data: { ...edition, _status: status },
          draft: status === 'draft',
        }),
    )
    editionIds.set(edition.year, id)
  }

  for (const { status, year, ...nomination } of NOMINATIONS) {
    const edition = editionIds.get(year)!
    await ensure(
      payload,
      result,
      'nominations',
      `${year}/${nomination.municipality}`,
      {
        and: [
          { edition: { equals: edition } },
          { municipality: { equals: nomination.municipality } },
        ],
      },
      () =>
        payload.create({
          collection: 'nominations',
          data: { ...nomination, edition, _status: status },
          draft: status === 'draft',
        }),
    )
  }

  for (const { status, year, poster, event, ...item } of TOOLKIT_ITEMS) {
    const edition = editionIds.get(year)!
    await ensure(
      payload,
      result,
      'toolkit-items',
      `${year}/${item.title}`,
      { and: [{ edition: { equals: edition } }, { title: { equals: item.title } }] },
      () =>
        payload.create({
          collection: 'toolkit-items',
          data: {
            ...item,
            edition,
            poster: mediaId(poster),
            event: event ? eventIds.get(event) : undefined,
            _status: status,
          },
          draft: status === 'draft',
        }),
    )
  }

  return result
}
