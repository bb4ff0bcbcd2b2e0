import { sql } from '@payloadcms/db-postgres'
import { Forbidden, NotFound } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Nomination, User } from '../src/payload-types'
import {
  EDITOR_EMAIL,
  HENGELO_EMAIL,
  login,
  ORGANISER_EMAIL,
  OUDE_IJSSELSTREEK_EMAIL,
  rest,
  startTestCms,
  validationMessages,
  type TestCms,
} from './support/testCms'

describe('the election: editions, nominations and toolkit', () => {
  let cms: TestCms
  let editor: User
  let organiser: User
  let oudeIJsselstreek: User
  let hengelo: User
  let organiserToken: string
  let edition2024: number

  /** The 2024 nomination of a municipality, read as `user` (anonymous when undefined). */
  async function nomination2024(code: string, user?: User): Promise<Nomination | undefined> {
    const { docs } = await cms.payload.find({
      collection: 'nominations',
      where: { edition: { equals: edition2024 }, municipality: { equals: code } },
      overrideAccess: false,
      user,
      depth: 0,
    })
    return docs[0]
  }

  beforeAll(async () => {
    cms = await startTestCms()
    editor = (await login(cms, EDITOR_EMAIL)).user
    ;({ user: organiser, token: organiserToken } = await login(cms, ORGANISER_EMAIL))
    oudeIJsselstreek = (await login(cms, OUDE_IJSSELSTREEK_EMAIL)).user
    hengelo = (await login(cms, HENGELO_EMAIL)).user
    const { docs } = await cms.payload.find({
      collection: 'election-editions',
      where: { year: { equals: 2024 } },
    })
    edition2024 = docs[0]!.id
  })
  afterAll(async () => {
    await cms?.destroy()
  })

  describe('nominations', () => {
    it('shows anonymous readers the published nominations without contact data or organiser notes', async () => {
      const { docs } = await cms.payload.find({
        collection: 'nominations',
        overrideAccess: false,
        limit: 0,
        depth: 0,
      })

      expect(docs).toHaveLength(11)
      for (const doc of docs) {
        expect(doc._status).toBe('published')
        expect(doc).not.toHaveProperty('campaignContact')
        expect(doc).not.toHaveProperty('organiserNotes')
        expect(doc.motivation).toEqual(expect.any(String))
      }
    })

    it("lets a municipal official read their own municipality's contact data, but not the organiser notes", async () => {
      const own = await nomination2024('GM1509', oudeIJsselstreek)

      expect(own?.stage).toBe('winner')
      expect(own?.municipalityName).toBe('Oude IJsselstreek')
      expect(own?.campaignContact).toEqual({
        name: 'Gijs Hendriks',
        email: 'campagne@oude-ijsselstreek.example.org',
        phone: '0315 000 001',
      })
      expect(own).not.toHaveProperty('organiserNotes')
    })

    it("hides another municipality's contact data from a municipal official", async () => {
      const other = await nomination2024('GM1509', hengelo)
      const rotterdam = await nomination2024('GM0599', oudeIJsselstreek)

      expect(other?.municipality).toBe('GM1509')
      expect(other).not.toHaveProperty('campaignContact')
      expect(rotterdam).not.toHaveProperty('campaignContact')
    })

    it('gives organisers the contact data and the organiser notes', async () => {
      const nomination = await nomination2024('GM1509', organiser)

      expect(nomination?.campaignContact?.email).toBe('campagne@oude-ijsselstreek.example.org')
      expect(nomination?.organiserNotes).toBe('Wil in 2027 een inspiratiesessie geven.')
    })

    it('hides contact data from anonymous REST callers too', async () => {
      const response = await rest(
        cms,
        `/nominations?where[municipality][equals]=GM1509&where[edition][equals]=${edition2024}&depth=0`,
      )
      const body = (await response.json()) as { docs: Array<Record<string, unknown>> }

      expect(response.status).toBe(200)
      expect(body.docs).toHaveLength(1)
      expect(body.docs[0]).not.toHaveProperty('campaignContact')
      expect(body.docs[0]).not.toHaveProperty('organiserNotes')
    })

    it('lets an organiser move a nomination to the next round', async () => {
      const eersel = await nomination2024('GM0770', organiser)

      const moved = await cms.payload.update({
        collection: 'nominations',
        id: eersel!.id,
        overrideAccess: false,
        user: organiser,
        data: { stage: 'finalist', rank: 3 },
      })

      expect(moved.stage).toBe('finalist')
      expect(moved.rank).toBe(3)
    })

    it('does not let an editor change or create nominations', async () => {
      const noordenveld = await nomination2024('GM1699', organiser)

      await expect(
        cms.payload.update({
          collection: 'nominations',
          id: noordenveld!.id,
          overrideAccess: false,
          user: editor,
          data: { stage: 'winner' },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
      await expect(
        cms.payload.create({
          collection: 'nominations',
          overrideAccess: false,
          user: editor,
          data: { edition: edition2024, municipality: 'GM0363', stage: 'nominated' },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
      expect((await nomination2024('GM1699', organiser))?.stage).toBe('nominated')
    })

    it('does not let a municipal official change their own nomination', async () => {
      const own = await nomination2024('GM1509', oudeIJsselstreek)

      await expect(
        cms.payload.update({
          collection: 'nominations',
          id: own!.id,
          overrideAccess: false,
          user: oudeIJsselstreek,
          data: { rank: 1 },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
    })

    it('rejects a second nomination of a municipality in one edition, in Dutch', async () => {
      const messages = await validationMessages(
        cms.payload.create({
          collection: 'nominations',
          overrideAccess: false,
          user: organiser,
          data: { edition: edition2024, municipality: 'GM0599', stage: 'nominated' },
        }),
      )

      expect(messages.municipality).toBe(
        'GM0599 is al genomineerd in deze editie; een gemeente doet één keer per editie mee.',
      )
    })

    it('has a unique index on (edition, municipality) in the database as well', async () => {
      const error: unknown = await cms.payload.db.drizzle
        .execute(
          sql`insert into nominations (edition_id, municipality, stage) values (${edition2024}, 'GM0599', 'nominated')`,
        )
        .then(
          () => undefined,
          (rejection: unknown) => rejection,
        )

      // 23505: PostgreSQL's unique_violation (drizzle wraps the driver error as its cause).
      expect((error as { cause?: { code?: string } } | undefined)?.cause?.code).toBe('23505')
    })

    it('rejects a municipality code that is not in the registry', async () => {
      const messages = await validationMessages(
        cms.payload.create({
          collection: 'nominations',
          user: organiser,
          overrideAccess: false,
          data: { edition: edition2024, municipality: 'GM9999', stage: 'nominated' },
        }),
      )

      expect(messages.municipality).toContain('GM9999 is geen bestaande gemeente')
    })

    it('keeps draft nominations from anonymous readers, but shows the own municipality its draft', async () => {
      const edition2021 = (
        await cms.payload.find({
          collection: 'election-editions',
          where: { year: { equals: 2021 } },
        })
      ).docs[0]!.id
      const draft = await cms.payload.create({
        collection: 'nominations',
        overrideAccess: false,
        user: organiser,
        draft: true,
        data: {
          edition: edition2021,
          municipality: 'GM0164',
          stage: 'nominated',
          _status: 'draft',
        },
      })

      const anonymous = await cms.payload.find({
        collection: 'nominations',
        overrideAccess: false,
        where: { id: { equals: draft.id } },
      })
      const own = await cms.payload.find({
        collection: 'nominations',
        overrideAccess: false,
        user: hengelo,
        where: { id: { equals: draft.id } },
      })
      const other = await cms.payload.find({
        collection: 'nominations',
        overrideAccess: false,
        user: oudeIJsselstreek,
        where: { id: { equals: draft.id } },
      })

      expect(anonymous.docs).toEqual([])
      expect(own.docs.map((doc) => doc.id)).toEqual([draft.id])
      expect(other.docs).toEqual([])
    })
  })

  describe('editions', () => {
    it('publishes both editions with their winners and encouragement prizes', async () => {
      const { docs } = await cms.payload.find({
        collection: 'election-editions',
        overrideAccess: false,
        sort: 'year',
      })

      expect(
        docs.map((doc) => [doc.year, doc.awards?.winner, doc.awards?.encouragementPrizes]),
      ).toEqual([
        [2021, 'GM0971', ['GM0193']],
        [2024, 'GM1509', ['GM0599']],
      ])
      expect(docs[1]?.title).toBe('Meest Toegankelijke Gemeente 2024')
    })

    it('does not let an editor change an edition', async () => {
      await expect(
        cms.payload.update({
          collection: 'election-editions',
          id: edition2024,
          overrideAccess: false,
          user: editor,
          data: { theme: 'Anders' },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
    })

    it('rejects rounds out of order with a Dutch message on the round that opens too early', async () => {
      const messages = await validationMessages(
        cms.payload.create({
          collection: 'election-editions',
          overrideAccess: false,
          user: organiser,
          data: {
            year: 2027,
            _status: 'published',
            rounds: [
              {
                round: 'rating',
                opensAt: '2027-03-01T08:00:00.000Z',
                opensAt_tz: 'Europe/Amsterdam',
                closesAt: '2027-05-31T20:00:00.000Z',
                closesAt_tz: 'Europe/Amsterdam',
              },
              {
                round: 'public-vote',
                opensAt: '2027-05-01T08:00:00.000Z',
                opensAt_tz: 'Europe/Amsterdam',
                closesAt: '2027-08-31T20:00:00.000Z',
                closesAt_tz: 'Europe/Amsterdam',
              },
            ],
          },
        }),
      )

      expect(messages['rounds.1.opensAt']).toContain('De rondes volgen elkaar op')
    })

    it('refuses a second edition for the same year', async () => {
      await expect(
        cms.payload.create({
          collection: 'election-editions',
          overrideAccess: false,
          user: organiser,
          data: { year: 2024, _status: 'published' },
        }),
      ).rejects.toThrow()
    })
  })

  describe('toolkit', () => {
    async function toolkitItem(title: string): Promise<number> {
      const { docs } = await cms.payload.find({
        collection: 'toolkit-items',
        where: { title: { equals: title } },
      })
      return docs[0]!.id
    }

    it('renders the ready-made text for one municipality over REST, for anonymous callers', async () => {
      const id = await toolkitItem('Persbericht: genomineerd')

      const response = await rest(cms, `/toolkit-items/${id}/render?municipality=GM0820`)

      expect(response.status).toBe(200)
      const body = (await response.json()) as { text: string; year: number }
      expect(body.year).toBe(2024)
      expect(body.text).toBe(
        'Nuenen, Gerwen en Nederwetten is genomineerd voor de verkiezing Meest Toegankelijke ' +
          'Gemeente 2024! Als een van de gemeenten in Noord-Brabant maakt Nuenen, Gerwen en ' +
          'Nederwetten kans op de titel. Stem ook op Nuenen, Gerwen en Nederwetten: samen laten ' +
          'we zien dat iedereen meedoet.',
      )
    })

    it('answers 400 for an unknown municipality code', async () => {
      const id = await toolkitItem('Persbericht: genomineerd')

      const response = await rest(cms, `/toolkit-items/${id}/render?municipality=GM9999`)

      expect(response.status).toBe(400)
    })

    it('does not render a draft item for anonymous callers, but does for organisers', async () => {
      const draft = await cms.payload.create({
        collection: 'toolkit-items',
        draft: true,
        data: {
          title: 'Nieuwsbrieftekst (concept)',
          edition: edition2024,
          kind: 'text',
          template: 'Nieuws uit {gemeente} ({jaar})',
          _status: 'draft',
        },
      })

      const anonymous = await rest(cms, `/toolkit-items/${draft.id}/render?municipality=GM0363`)
      const asOrganiser = await rest(
        cms,
        `/toolkit-items/${draft.id}/render?municipality=GM0363`,
        organiserToken,
      )

      expect(anonymous.status).toBe(404)
      expect(asOrganiser.status).toBe(200)
      expect(((await asOrganiser.json()) as { text: string }).text).toBe(
        'Nieuws uit Amsterdam (2024)',
      )
    })

    it('links the inspiration session to its event and the poster to its file', async () => {
      const { docs } = await cms.payload.find({
        collection: 'toolkit-items',
        overrideAccess: false,
        depth: 1,
        sort: 'title',
      })
      const session = docs.find((doc) => doc.kind === 'inspiration-session')
      const poster = docs.find((doc) => doc.kind === 'poster')

      expect(typeof session?.event === 'object' && session.event?.title).toBe(
        'Inspiratiesessie Meest Toegankelijke Gemeente 2027',
      )
      expect(typeof poster?.poster === 'object' && poster.poster?.alt).toContain('Poster')
    })

    it('does not let an editor create toolkit items', async () => {
      await expect(
        cms.payload.create({
          collection: 'toolkit-items',
          overrideAccess: false,
          user: editor,
          data: { title: 'X', edition: edition2024, kind: 'text', template: 'x' },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
      await expect(
        cms.payload.findByID({ collection: 'toolkit-items', id: 999_999 }),
      ).rejects.toBeInstanceOf(NotFound)
    })
  })
})
