import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  findKnowledgeProductsByMunicipalities,
  knowledgeProductDocsByMunicipalities,
} from '../src/subgraph/knowledgeProducts/knowledgeProducts.reads'
import {
  findPracticeExamplesByMunicipalities,
  practiceExampleDocsByMunicipalities,
} from '../src/subgraph/practiceExamples/practiceExamples.reads'
import { createPublishedContentLoader } from '../src/subgraph/municipality/municipality.reads'
import { publishedContentOfMunicipalities } from '../src/subgraph/municipality/municipality.sql'
import type { Actor } from '../src/subgraph/shared/actor'
import { readsPublishedOnly } from '../src/subgraph/shared/published'
import type { User } from '../src/payload-types'
import { DEMO_USERS } from '../src/demo/users'
import { startTestCms, type TestCms } from './support/testCms'

// The public read path (src/subgraph/shared/published.ts) must return, document by document,
// what Payload's `find` returns to the same caller; every role is compared on data that has
// each state a document can be in.
const CODES = ['GM0363', 'GM0344', 'GM0014', 'GM1509', 'GM0164', 'GM0599', 'GM0193', 'GM9999']
const ROLES = [...new Set(DEMO_USERS.map((user) => user.role))]

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal' }],
      },
    ],
  },
})

describe('public read path: published rows in SQL, as Payload would return them', () => {
  let cms: TestCms
  let payload: Payload
  const actors = new Map<string, Actor>()

  beforeAll(async () => {
    cms = await startTestCms()
    payload = cms.payload
    actors.set('anonymous', { payload, user: null })
    for (const role of ROLES) {
      const email = DEMO_USERS.find((user) => user.role === role)!.email
      const {
        docs: [user],
      } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
      actors.set(role, { payload, user: { ...(user as User), collection: 'users' } as User })
    }

    // Knowledge products: published with every list filled; draft only; published, then a
    // draft that moves it to other municipalities; published, then unpublished.
    await payload.create({
      collection: 'knowledge-products',
      data: {
        title: 'Toegankelijke verkiezingen',
        slug: 'toegankelijke-verkiezingen',
        type: 'factsheet',
        summary: 'Zo stemt iedereen mee.',
        body: paragraph('Een stembureau zonder drempels.'),
        municipalities: ['GM0014', 'GM0363', 'GM0164'],
        lifeDomains: ['vrije-tijd', 'thuis'],
        crpdArticles: ['29', '9'],
        publishedAt: '2026-03-04T05:06:07.089Z',
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'knowledge-products',
      draft: true,
      data: {
        title: 'Concept: nog niet klaar',
        slug: 'concept-nog-niet-klaar',
        municipalities: ['GM0363', 'GM0014'],
        _status: 'draft',
      },
    })
    const moved = await payload.create({
      collection: 'knowledge-products',
      data: {
        title: 'Gepubliceerd in Groningen',
        slug: 'gepubliceerd-in-groningen',
        type: 'handreiking',
        municipalities: ['GM0014'],
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'knowledge-products',
      id: moved.id,
      draft: true,
      data: { title: 'Concept: verhuisd naar Hengelo', municipalities: ['GM0164'] },
    })
    const withdrawn = await payload.create({
      collection: 'knowledge-products',
      data: {
        title: 'Ingetrokken',
        slug: 'ingetrokken',
        type: 'toolkit',
        municipalities: ['GM0363'],
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'knowledge-products',
      id: withdrawn.id,
      data: { _status: 'draft' },
    })

    // Practice examples: the demo data has articles and videos; a draft only, and a published
    // one with a later draft.
    await payload.create({
      collection: 'practice-examples',
      draft: true,
      data: {
        title: 'Concept: Groningen',
        slug: 'concept-groningen',
        kind: 'article',
        municipality: 'GM0014',
        summary: 'Nog niet af.',
        _status: 'draft',
      },
    })
    const example = await payload.create({
      collection: 'practice-examples',
      data: {
        title: 'Groningen speelt samen',
        slug: 'groningen-speelt-samen',
        kind: 'article',
        municipality: 'GM0014',
        summary: 'Een speeltuin voor alle kinderen.',
        body: paragraph('Samen spelen in de wijk.'),
        lifeDomains: ['vrije-tijd'],
        publishedAt: '2026-05-06T07:08:09.000Z',
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'practice-examples',
      id: example.id,
      draft: true,
      data: { title: 'Concept: Groningen speelt nog meer samen', municipality: 'GM0363' },
    })
  }, 120_000)

  afterAll(async () => {
    await cms?.destroy()
  })

  /** Every caller on the SQL path gets from Payload's `find` exactly the documents SQL read. */
  async function expectPayloadToAgree<TDoc>(
    collection: 'knowledge-products' | 'practice-examples',
    sql: TDoc[],
    throughPayload: (actor: Actor, codes: readonly string[]) => Promise<TDoc[]>,
  ) {
    for (const [name, actor] of actors) {
      if (!(await readsPublishedOnly(actor, collection, ['title']))) continue
      expect({ name, docs: await throughPayload(actor, CODES) }).toEqual({ name, docs: sql })
    }
  }

  it('takes the SQL path exactly for the callers who read published documents only', async () => {
    const taken = Object.fromEntries(
      await Promise.all(
        [...actors].map(async ([name, actor]) => [
          name,
          [
            await readsPublishedOnly(actor, 'knowledge-products', ['title']),
            await readsPublishedOnly(actor, 'practice-examples', ['title']),
          ],
        ]),
      ),
    )
    expect(taken).toEqual({
      anonymous: [true, true],
      admin: [false, false],
      editor: [false, false],
      organiser: [true, true],
      adviser: [true, true],
      'municipal-official': [true, true],
    })
  })

  it('returns the knowledge products Payload returns to every public caller', async () => {
    const sql = (await publishedContentOfMunicipalities(payload, CODES)).knowledgeProducts
    expect(sql.map((doc) => doc.title)).toEqual(
      expect.arrayContaining(['Toegankelijke verkiezingen', 'Gepubliceerd in Groningen']),
    )
    expect(sql.map((doc) => doc.title)).not.toContain('Concept: nog niet klaar')
    expect(sql.map((doc) => doc.title)).not.toContain('Ingetrokken')
    await expectPayloadToAgree('knowledge-products', sql, knowledgeProductDocsByMunicipalities)
  })

  it('returns the practice examples Payload returns to every public caller', async () => {
    const sql = (await publishedContentOfMunicipalities(payload, CODES)).practiceExamples
    expect(sql.map((doc) => doc.title)).toContain('Groningen speelt samen')
    expect(sql.some((doc) => doc.kind === 'video' && doc.videoUrl)).toBe(true)
    expect(sql.map((doc) => doc.title).join()).not.toContain('Concept')
    await expectPayloadToAgree('practice-examples', sql, practiceExampleDocsByMunicipalities)
  })

  it('gives every caller the same lists through the loaders as through Payload', async () => {
    const lists = (actor: Actor) =>
      findKnowledgeProductsByMunicipalities(actor, CODES, createPublishedContentLoader(payload))
    for (const [, actor] of actors) {
      const products = await lists(actor)
      const viaPayload = await knowledgeProductDocsByMunicipalities(actor, CODES)
      CODES.forEach((code, index) => {
        expect(products[index]!.map((product) => Number(product.id))).toEqual(
          viaPayload.filter((doc) => doc.municipalities?.includes(code)).map((doc) => doc.id),
        )
      })
      const examples = await findPracticeExamplesByMunicipalities(
        actor,
        CODES,
        createPublishedContentLoader(payload),
      )
      const examplesViaPayload = await practiceExampleDocsByMunicipalities(actor, CODES)
      CODES.forEach((code, index) => {
        expect(examples[index]!.map((example) => Number(example.id))).toEqual(
          examplesViaPayload.filter((doc) => doc.municipality === code).map((doc) => doc.id),
        )
      })
    }
    // Editors see drafts (through Payload): the draft-only documents are there for them.
    const editor = actors.get('editor')!
    const editorTitles = (await lists(editor))[0]!.map((product) => product.title)
    expect(editorTitles).toContain('Concept: nog niet klaar')
    const publicTitles = (await lists(actors.get('anonymous')!))[0]!.map((product) => product.title)
    expect(publicTitles).not.toContain('Concept: nog niet klaar')
  })

  it('keeps a read in Payload when a read rule is anything but "published documents"', async () => {
    const config = payload.collections['knowledge-products'].config
    const read = config.access.read
    const anonymous = actors.get('anonymous')!
    try {
      const publishedToolkits: Where = {
        and: [{ _status: { equals: 'published' } }, { type: { equals: 'toolkit' } }],
      }
      config.access.read = () => publishedToolkits
      expect(await readsPublishedOnly(anonymous, 'knowledge-products', ['title'])).toBe(false)
      config.access.read = () => false
      expect(await readsPublishedOnly(anonymous, 'knowledge-products', ['title'])).toBe(false)
    } finally {
      config.access.read = read
    }
    expect(await readsPublishedOnly(anonymous, 'knowledge-products', ['title'])).toBe(true)

    // A field with read access of its own, among the fields read (or nested in one of them).
    const summary = config.flattenedFields.find((field) => field.name === 'summary')!
    const readability = config.flattenedFields.find((field) => field.name === 'readability')!
    const nested = 'flattenedFields' in readability ? readability.flattenedFields[0]! : undefined
    try {
      summary.access = { read: () => true }
      expect(await readsPublishedOnly(anonymous, 'knowledge-products', ['summary', 'x'])).toBe(
        false,
      )
      expect(await readsPublishedOnly(anonymous, 'knowledge-products', ['title'])).toBe(true)
      delete summary.access
      nested!.access = { read: () => true }
      expect(await readsPublishedOnly(anonymous, 'knowledge-products', ['readability'])).toBe(false)
      delete nested!.access
      // A read hook, on a field read or on the collection, could change what Payload returns.
      const hooked = summary as {
        hooks?: { afterRead: Array<(args: { value: unknown }) => unknown> }
      }
      hooked.hooks = { afterRead: [({ value }) => value] }
      expect(await readsPublishedOnly(anonymous, 'knowledge-products', ['summary', 'y'])).toBe(
        false,
      )
      delete hooked.hooks
      config.hooks.afterRead = [({ doc }) => doc]
      expect(await readsPublishedOnly(anonymous, 'knowledge-products', ['title', 'y'])).toBe(false)
    } finally {
      delete summary.access
      delete (summary as { hooks?: unknown }).hooks
      delete nested!.access
      config.hooks.afterRead = []
    }
  })
})
