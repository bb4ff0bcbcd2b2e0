import { Forbidden, LockedAuth } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../src/payload-types'
import { onePagePdf, solidPng, vttCaptions } from '../src/demo/files'
import { lexicalDocument } from '../src/demo/richText'
import {
  ADMIN_EMAIL,
  EDITOR_EMAIL,
  login,
  ORGANISER_EMAIL,
  OUDE_IJSSELSTREEK_EMAIL,
  rest,
  startTestCms,
  validationMessages,
  type TestCms,
} from './support/testCms'

describe('content collections: media, practice examples, events, news', () => {
  let cms: TestCms
  let admin: User
  let editor: User
  let organiser: User
  let official: User

  beforeAll(async () => {
    cms = await startTestCms()
    admin = (await login(cms, ADMIN_EMAIL)).user
    editor = (await login(cms, EDITOR_EMAIL)).user
    organiser = (await login(cms, ORGANISER_EMAIL)).user
    official = (await login(cms, OUDE_IJSSELSTREEK_EMAIL)).user
  })
  afterAll(async () => {
    await cms?.destroy()
  })

  describe('media', () => {
    it('rejects an image without alternative text, with a Dutch message', async () => {
      const messages = await validationMessages(
        cms.payload.create({
          collection: 'media',
          overrideAccess: false,
          user: editor,
          data: { title: 'Foto zonder alt' },
          file: await solidPng('zonder-alt.png', '#888888'),
        }),
      )

      expect(messages.alt).toBe(
        'Vul een alternatieve tekst in: beschrijf wat er op de afbeelding te zien is, voor wie haar niet kan zien.',
      )
    })

    it('accepts a PDF with a descriptive title and no alternative text', async () => {
      const pdf = await cms.payload.create({
        collection: 'media',
        overrideAccess: false,
        user: editor,
        data: { title: 'Factsheet toegankelijk stemmen (pdf)' },
        file: onePagePdf('factsheet.pdf', 'Factsheet'),
      })

      expect(pdf.mimeType).toBe('application/pdf')
      expect(pdf.alt ?? null).toBeNull()
    })

    it('makes webp thumbnail, card and hero sizes of an image', async () => {
      const image = await cms.payload.create({
        collection: 'media',
        overrideAccess: false,
        user: editor,
        data: { title: 'Speeltuin', alt: 'Kinderen op een brede schommel.' },
        file: await solidPng('speeltuin.png', '#44aa44'),
      })

      expect(image.sizes?.thumbnail).toMatchObject({ width: 320, mimeType: 'image/webp' })
      expect(image.sizes?.card).toMatchObject({ width: 768, mimeType: 'image/webp' })
      expect(image.sizes?.hero).toMatchObject({ width: 1600, mimeType: 'image/webp' })
    })

    it('lets anybody read media with their alt text, but not upload', async () => {
      const { docs } = await cms.payload.find({ collection: 'media', overrideAccess: false })

      expect(docs.length).toBeGreaterThan(0)
      expect(docs.filter((doc) => doc.mimeType?.startsWith('image/')).every((doc) => doc.alt)).toBe(
        true,
      )
      await expect(
        cms.payload.create({
          collection: 'media',
          overrideAccess: false,
          data: { title: 'Anoniem', alt: 'Anoniem' },
          file: await solidPng('anoniem.png', '#000000'),
        }),
      ).rejects.toBeInstanceOf(Forbidden)
    })

    it('lets an organiser upload a poster, but not a municipal official', async () => {
      const poster = await cms.payload.create({
        collection: 'media',
        overrideAccess: false,
        user: organiser,
        data: { title: 'Poster 2027', alt: 'Poster met de tekst Stem op uw gemeente.' },
        file: await solidPng('poster-2027.png', '#2e7d32'),
      })

      expect(poster.title).toBe('Poster 2027')
      await expect(
        cms.payload.create({
          collection: 'media',
          overrideAccess: false,
          user: official,
          data: { title: 'Van de gemeente', alt: 'Logo' },
          file: await solidPng('gemeente.png', '#123456'),
        }),
      ).rejects.toBeInstanceOf(Forbidden)
    })
  })

  describe('practice examples', () => {
    const video = {
      title: 'Toegankelijk zwembad',
      slug: '',
      kind: 'video' as const,
      municipality: 'GM0193',
      summary: 'Hoe Zwolle het zwembad toegankelijk maakte.',
      videoUrl: 'https://video.example.org/zwembad',
    }

    it('refuses to publish a video without transcript or captions, in Dutch', async () => {
      const messages = await validationMessages(
        cms.payload.create({
          collection: 'practice-examples',
          overrideAccess: false,
          user: editor,
          data: { ...video, _status: 'published' },
        }),
      )

      expect(messages.transcript).toBe(
        'Een video kan pas gepubliceerd worden met een transcript of een ondertitelbestand (.vtt). Als concept opslaan kan wel.',
      )
    })

    it('gives the same refusal in English to an editor who uses the admin in English', async () => {
      const { token } = await login(cms, EDITOR_EMAIL)

      const response = await rest(cms, '/practice-examples', token, {
        method: 'POST',
        language: 'en',
        body: { ...video, slug: 'video-in-english', _status: 'published' },
      })
      const body = (await response.json()) as {
        errors: Array<{ data?: { errors?: Array<{ path: string; message: string }> } }>
      }

      expect(response.status).toBe(400)
      expect(body.errors[0]?.data?.errors).toEqual([
        {
          path: 'transcript',
          message:
            'A video can only be published with a transcript or a captions file (.vtt). Saving it as a draft is fine.',
        },
      ])
    })

    it('saves that video as a draft, and publishes it once it has a transcript', async () => {
      const draft = await cms.payload.create({
        collection: 'practice-examples',
        overrideAccess: false,
        user: editor,
        draft: true,
        data: { ...video, _status: 'draft' },
      })
      await expect(
        cms.payload.update({
          collection: 'practice-examples',
          id: draft.id,
          overrideAccess: false,
          user: editor,
          data: { _status: 'published' },
        }),
      ).rejects.toThrow()

      const published = await cms.payload.update({
        collection: 'practice-examples',
        id: draft.id,
        overrideAccess: false,
        user: editor,
        data: { _status: 'published', transcript: 'Verteller: het zwembad heeft nu een tillift.' },
      })

      expect(published._status).toBe('published')
    })

    it('publishes a video that has a WebVTT captions file instead of a transcript', async () => {
      const captions = await cms.payload.create({
        collection: 'media',
        overrideAccess: false,
        user: editor,
        data: { title: 'Ondertiteling zwembad' },
        file: vttCaptions('zwembad.vtt', [
          ['00:00:00.000', '00:00:04.000', 'Welkom in het zwembad.'],
        ]),
      })

      const published = await cms.payload.create({
        collection: 'practice-examples',
        overrideAccess: false,
        user: editor,
        data: {
          ...video,
          slug: 'zwembad-met-ondertiteling',
          captions: captions.id,
          _status: 'published',
        },
      })

      expect(captions.mimeType).toBe('text/vtt')
      expect(published._status).toBe('published')
    })

    it('exposes the transcript and reading level of published videos to anonymous readers', async () => {
      const { docs } = await cms.payload.find({
        collection: 'practice-examples',
        overrideAccess: false,
        where: { slug: { equals: 'oude-ijsselstreek-samen-spelen' } },
      })

      expect(docs[0]?.transcript).toContain('Sem zit in een rolstoel')
      expect(docs[0]?.readability).toMatchObject({
        score: expect.any(Number) as number,
        level: expect.stringMatching(/^(b1-or-easier|harder-than-b1)$/) as string,
      })
    })

    it('never shows anonymous readers the draft video', async () => {
      const { docs } = await cms.payload.find({
        collection: 'practice-examples',
        overrideAccess: false,
        limit: 0,
      })

      expect(docs.map((doc) => doc.slug)).not.toContain('hengelo-toegankelijk-stemmen')
      expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    })

    it('rejects a municipality that is not in the registry', async () => {
      const messages = await validationMessages(
        cms.payload.create({
          collection: 'practice-examples',
          user: editor,
          overrideAccess: false,
          data: {
            title: 'Onbekend',
            slug: '',
            kind: 'article',
            municipality: 'GM9999',
            summary: 'x',
            _status: 'published',
          },
        }),
      )

      expect(messages.municipality).toContain('GM9999 is geen bestaande gemeente')
    })

    it('does not let an organiser edit practice examples', async () => {
      await expect(
        cms.payload.create({
          collection: 'practice-examples',
          overrideAccess: false,
          user: organiser,
          data: { title: 'x', slug: '', kind: 'article', municipality: 'GM0363', summary: 'x' },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
    })
  })

  describe('readability', () => {
    it('scores summary and body on save and marks a hard text as harder than B1', async () => {
      const news = await cms.payload.create({
        collection: 'news',
        overrideAccess: false,
        user: editor,
        data: {
          title: 'Moeilijk bericht',
          slug: '',
          summary:
            'De gemeentelijke beleidsontwikkeling betreffende toegankelijkheidsvraagstukken ' +
            'vereist intersectorale samenwerkingsverbanden.',
          body: lexicalDocument([{ paragraph: 'Ik woon in een huis. Het huis is groot.' }]),
          _status: 'published',
        },
      })

      expect(news.readability).toEqual({
        score: expect.any(Number) as number,
        level: 'harder-than-b1',
        summaryScore: 0,
        bodyScore: 100,
      })
    })

    it('recomputes the score when only the summary changes', async () => {
      const { docs } = await cms.payload.find({
        collection: 'news',
        where: { slug: { equals: 'moeilijk-bericht' } },
      })

      const updated = await cms.payload.update({
        collection: 'news',
        id: docs[0]!.id,
        data: { summary: 'Dit is nu een korte zin.' },
      })

      expect(updated.readability?.summaryScore).toBeGreaterThan(60)
      expect(updated.readability?.bodyScore).toBe(100)
      expect(updated.readability?.level).toBe('b1-or-easier')
    })
  })

  describe('events', () => {
    it('lists upcoming and past events with a startsAt filter', async () => {
      const moment = '2026-12-01T00:00:00.000Z'
      const upcoming = await cms.payload.find({
        collection: 'events',
        overrideAccess: false,
        where: { startsAt: { greater_than_equal: moment } },
        sort: 'startsAt',
      })
      const past = await cms.payload.find({
        collection: 'events',
        overrideAccess: false,
        where: { startsAt: { less_than: moment } },
        sort: '-startsAt',
      })

      expect(upcoming.docs.map((event) => [event.format, event.startsAt.slice(0, 4)])).toEqual([
        ['hybrid', '2027'],
        ['digital', '2027'],
      ])
      expect(past.docs.map((event) => event.startsAt.slice(0, 4))).toEqual(['2026', '2025'])
      expect(upcoming.docs[0]?.startsAt_tz).toBe('Europe/Amsterdam')
    })

    it('requires a location for a physical event and an online link for a digital one', async () => {
      const base = {
        title: 'Bijeenkomst',
        slug: '',
        startsAt: '2027-05-01T08:00:00.000Z',
        startsAt_tz: 'Europe/Amsterdam' as const,
        endsAt: '2027-05-01T10:00:00.000Z',
        endsAt_tz: 'Europe/Amsterdam' as const,
        _status: 'published' as const,
      }

      const physical = await validationMessages(
        cms.payload.create({ collection: 'events', data: { ...base, format: 'physical' } }),
      )
      const digital = await validationMessages(
        cms.payload.create({ collection: 'events', data: { ...base, format: 'digital' } }),
      )

      expect(physical.location).toContain('Vul de locatie in')
      expect(physical).not.toHaveProperty('onlineUrl')
      expect(digital.onlineUrl).toContain('Vul de link naar de online bijeenkomst in')
      expect(digital).not.toHaveProperty('location')
    })

    it('rejects an end before the start', async () => {
      const messages = await validationMessages(
        cms.payload.create({
          collection: 'events',
          data: {
            title: 'Verkeerd om',
            slug: '',
            format: 'digital',
            onlineUrl: 'https://webinar.example.org/x',
            startsAt: '2027-05-01T10:00:00.000Z',
            startsAt_tz: 'Europe/Amsterdam',
            endsAt: '2027-05-01T08:00:00.000Z',
            endsAt_tz: 'Europe/Amsterdam',
            _status: 'published',
          },
        }),
      )

      expect(messages.endsAt).toBe('Het einde moet na het begin liggen.')
    })
  })

  describe('knowledge products', () => {
    it('links the guide to its PDF download and cover image with alt text', async () => {
      const { docs } = await cms.payload.find({
        collection: 'knowledge-products',
        overrideAccess: false,
        where: { slug: { equals: 'handreiking-lokale-inclusie-agenda' } },
        depth: 1,
      })
      const [guide] = docs

      expect(typeof guide?.file === 'object' && guide.file?.mimeType).toBe('application/pdf')
      expect(typeof guide?.coverImage === 'object' && guide.coverImage?.alt).toContain('Omslag')
      expect(guide?.crpdArticles).toEqual(['3', '4', '33'])
      expect(guide?.lifeDomains).toHaveLength(6)
    })

    it('accepts only a PDF as the download and only an image as the cover', async () => {
      const { docs: media } = await cms.payload.find({ collection: 'media', limit: 0 })
      const image = media.find((doc) => doc.mimeType === 'image/png')!
      const pdf = media.find((doc) => doc.mimeType === 'application/pdf')!

      const messages = await validationMessages(
        cms.payload.create({
          collection: 'knowledge-products',
          data: {
            title: 'Verkeerde bestanden',
            slug: '',
            type: 'other',
            file: image.id,
            coverImage: pdf.id,
            _status: 'published',
          },
        }),
      )

      expect(Object.keys(messages).sort()).toEqual(['coverImage', 'file'])
    })

    it('publishes a draft when its scheduled publication job runs', async () => {
      const draft = await cms.payload.create({
        collection: 'knowledge-products',
        draft: true,
        data: { title: 'Gepland product', slug: '', type: 'factsheet', _status: 'draft' },
      })
      await cms.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'knowledge-products', value: draft.id } },
        waitUntil: new Date(Date.now() - 1000),
      })

      await cms.payload.jobs.run()

      const after = await cms.payload.findByID({
        collection: 'knowledge-products',
        id: draft.id,
        overrideAccess: false,
      })
      expect(after._status).toBe('published')
    })

    it('lets editors, but not municipal officials, run the jobs queue over REST', async () => {
      const official = await login(cms, OUDE_IJSSELSTREEK_EMAIL)
      const asEditor = await login(cms, EDITOR_EMAIL)

      expect((await rest(cms, '/payload-jobs/run', official.token)).status).toBe(401)
      expect((await rest(cms, '/payload-jobs/run', asEditor.token)).status).toBe(200)
    })

    it('queues the seeded bundle for publication on 1 March 2027', async () => {
      const { docs } = await cms.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' }, completedAt: { exists: false } },
      })

      expect(docs.map((job) => job.waitUntil)).toContain('2027-03-01T08:00:00.000Z')
    })
  })

  describe('users', () => {
    it('locks an account after five failed logins', async () => {
      const email = 'vergeetachtig@example.org'
      await cms.payload.create({
        collection: 'users',
        data: { email, password: 'het-goede-wachtwoord', name: 'Vergeetachtig', role: 'editor' },
      })
      for (let attempt = 0; attempt < 5; attempt++) {
        await cms.payload
          .login({ collection: 'users', data: { email, password: 'fout' } })
          .catch(() => undefined)
      }

      await expect(
        cms.payload.login({
          collection: 'users',
          data: { email, password: 'het-goede-wachtwoord' },
        }),
      ).rejects.toBeInstanceOf(LockedAuth)
    })

    it('does not let an editor or organiser unlock an account; an admin can', async () => {
      const email = 'vergeetachtig@example.org'
      // payload-types declares a password for `unlock`; Payload only looks at the e-mail.
      const data = { email, password: '' }

      for (const user of [editor, organiser]) {
        await expect(
          cms.payload.unlock({ collection: 'users', data, overrideAccess: false, req: { user } }),
        ).rejects.toBeInstanceOf(Forbidden)
      }
      await cms.payload.unlock({
        collection: 'users',
        data,
        overrideAccess: false,
        req: { user: admin },
      })
      const { user } = await cms.payload.login({
        collection: 'users',
        data: { email, password: 'het-goede-wachtwoord' },
      })
      expect(user?.email).toBe(email)
    })

    it('does not let an organiser change another user or a role', async () => {
      await expect(
        cms.payload.update({
          collection: 'users',
          id: official.id,
          overrideAccess: false,
          user: organiser,
          data: { municipalityCode: 'GM0599' },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
      const own = await cms.payload.update({
        collection: 'users',
        id: organiser.id,
        overrideAccess: false,
        user: organiser,
        data: { role: 'admin' },
      })
      expect(own.role).toBe('organiser')
    })

    it('does not let a municipal official switch to another municipality', async () => {
      const updated = await cms.payload.update({
        collection: 'users',
        id: official.id,
        overrideAccess: false,
        user: official,
        data: { municipalityCode: 'GM0599' },
      })

      expect(updated.municipalityCode).toBe('GM1509')
    })

    it('rejects a user whose municipality code is not in the registry', async () => {
      const messages = await validationMessages(
        cms.payload.create({
          collection: 'users',
          overrideAccess: false,
          user: admin,
          data: {
            email: 'nergens@example.org',
            password: 'een-lang-wachtwoord',
            name: 'Nergens',
            role: 'municipal-official',
            municipalityCode: 'GM9999',
          },
        }),
      )

      expect(messages.municipalityCode).toContain('GM9999 is geen bestaande gemeente')
    })
  })
})
