import { Forbidden, NotFound, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../src/payload-types'
import { KNOWLEDGE_PRODUCTS } from '../src/demo/knowledgeProducts'
import { ADMIN_EMAIL, EDITOR_EMAIL, login, startTestCms, type TestCms } from './support/testCms'

const DRAFT_TITLE = 'Organiseer ervaringsdeskundigheid'

/** The validation messages Payload attached to a rejected write. */
async function validationMessages(write: Promise<unknown>): Promise<Record<string, string>> {
  const error: unknown = await write.then(
    () => undefined,
    (rejection: unknown) => rejection,
  )
  expect(error).toBeInstanceOf(ValidationError)
  const { errors } = (error as ValidationError).data
  return Object.fromEntries(errors.map(({ path, message }) => [path, message]))
}

/** The claims of a Payload JWT (not verified: Payload signed it in this very test). */
function claims(token: string): Record<string, unknown> {
  const [, body = ''] = token.split('.')
  return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>
}

describe('Payload access rules', () => {
  let cms: TestCms
  let admin: User
  let editor: User

  beforeAll(async () => {
    cms = await startTestCms()
    admin = (await login(cms, ADMIN_EMAIL)).user
    editor = (await login(cms, EDITOR_EMAIL)).user
  })
  afterAll(async () => {
    await cms?.destroy()
  })

  describe('knowledge products', () => {
    it('never returns drafts to anonymous readers of the Local API', async () => {
      const { docs } = await cms.payload.find({
        collection: 'knowledge-products',
        overrideAccess: false,
        limit: 0,
      })

      expect(docs.map((doc) => doc.title).sort()).toEqual([
        'Handreiking Lokale Inclusie Agenda',
        'Wonen is hoofdzaak',
      ])
      expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    })

    it('does not hand a draft to an anonymous reader who knows its id', async () => {
      const {
        docs: [draft],
      } = await cms.payload.find({
        collection: 'knowledge-products',
        where: { title: { equals: DRAFT_TITLE } },
      })

      await expect(
        cms.payload.findByID({
          collection: 'knowledge-products',
          id: draft!.id,
          overrideAccess: false,
        }),
      ).rejects.toBeInstanceOf(NotFound)
    })

    it('shows drafts to editors', async () => {
      const { docs } = await cms.payload.find({
        collection: 'knowledge-products',
        overrideAccess: false,
        user: editor,
        limit: 0,
      })

      expect(docs.map((doc) => doc.title)).toContain(DRAFT_TITLE)
      expect(docs).toHaveLength(KNOWLEDGE_PRODUCTS.length)
    })

    it('lets editors create knowledge products and generates the slug from the title', async () => {
      const created = await cms.payload.create({
        collection: 'knowledge-products',
        overrideAccess: false,
        user: editor,
        data: {
          title: 'Toegankelijke verkiezingen: één checklist',
          slug: '',
          type: 'toolkit',
          _status: 'published',
        },
      })

      expect(created.slug).toBe('toegankelijke-verkiezingen-een-checklist')
      expect(created.publishedAt).toEqual(expect.any(String))
    })

    it('rejects municipality codes that are not CBS codes, in Dutch', async () => {
      const messages = await validationMessages(
        cms.payload.create({
          collection: 'knowledge-products',
          data: {
            title: 'Verkeerde code',
            slug: 'verkeerde-code',
            type: 'other',
            municipalities: ['0363'],
            _status: 'published',
          },
        }),
      )

      expect(messages.municipalities).toContain('is geen CBS-gemeentecode')
    })

    it('does not let anonymous callers create knowledge products', async () => {
      await expect(
        cms.payload.create({
          collection: 'knowledge-products',
          overrideAccess: false,
          data: { title: 'Anoniem', slug: 'anoniem', type: 'other' },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
    })
  })

  describe('users', () => {
    it('lets an editor read only their own account', async () => {
      const { docs } = await cms.payload.find({
        collection: 'users',
        overrideAccess: false,
        user: editor,
      })

      expect(docs.map((user) => user.email)).toEqual([EDITOR_EMAIL])
    })

    it('lets an editor rename themselves but not change their role (field access)', async () => {
      const updated = await cms.payload.update({
        collection: 'users',
        id: editor.id,
        overrideAccess: false,
        user: editor,
        data: { name: 'Ruben R.', role: 'admin' },
      })

      expect(updated.name).toBe('Ruben R.')
      expect(updated.role).toBe('editor')
    })

    it('does not let an editor change another user', async () => {
      await expect(
        cms.payload.update({
          collection: 'users',
          id: admin.id,
          overrideAccess: false,
          user: editor,
          data: { name: 'Overgenomen' },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
      const unchanged = await cms.payload.findByID({ collection: 'users', id: admin.id })
      expect(unchanged.name).toBe(admin.name)
    })

    it('does not let an editor create users', async () => {
      await expect(
        cms.payload.create({
          collection: 'users',
          overrideAccess: false,
          user: editor,
          data: {
            email: 'nieuw@example.org',
            password: 'een-lang-wachtwoord',
            name: 'Nieuw',
            role: 'editor',
          },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
    })

    it('rejects a municipal official without a municipality code, with a Dutch message', async () => {
      const messages = await validationMessages(
        cms.payload.create({
          collection: 'users',
          overrideAccess: false,
          user: admin,
          data: {
            email: 'ambtenaar@example.org',
            password: 'een-lang-wachtwoord',
            name: 'Ambtenaar zonder gemeente',
            role: 'municipal-official',
          },
        }),
      )

      expect(messages.municipalityCode).toBe(
        'Een gemeenteambtenaar heeft een gemeentecode nodig (CBS-code, bijvoorbeeld GM0363).',
      )
    })

    it('signs the role and municipality of an official into the JWT for the monitor', async () => {
      await cms.payload.create({
        collection: 'users',
        overrideAccess: false,
        user: admin,
        data: {
          email: 'amsterdam@example.org',
          password: 'een-lang-wachtwoord',
          name: 'Ambtenaar Amsterdam',
          role: 'municipal-official',
          municipalityCode: 'GM0363',
        },
      })
      const { token } = await cms.payload.login({
        collection: 'users',
        data: { email: 'amsterdam@example.org', password: 'een-lang-wachtwoord' },
      })

      expect(claims(token!)).toMatchObject({
        collection: 'users',
        email: 'amsterdam@example.org',
        role: 'municipal-official',
        municipalityCode: 'GM0363',
      })
    })

    it('drops the municipality code when an official becomes an editor', async () => {
      const official = await cms.payload.create({
        collection: 'users',
        data: {
          email: 'wisselt@example.org',
          password: 'een-lang-wachtwoord',
          name: 'Wisselt van rol',
          role: 'municipal-official',
          municipalityCode: 'GM0344',
        },
      })

      const updated = await cms.payload.update({
        collection: 'users',
        id: official.id,
        overrideAccess: false,
        user: admin,
        data: { role: 'editor' },
      })

      expect(updated.municipalityCode).toBeNull()
    })
  })
})
