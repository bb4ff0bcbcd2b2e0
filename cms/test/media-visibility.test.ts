import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { News } from '../src/payload-types'
import { solidPng } from '../src/demo/files'
import { EDITOR_EMAIL, login, rest, startTestCms, type TestCms } from './support/testCms'

// Media follow the documents that use them: anonymous readers (and every role that does not
// manage the media library) get a file only once a published document uses it.

let cms: TestCms
let editorToken: string

beforeAll(async () => {
  cms = await startTestCms()
  editorToken = (await login(cms, EDITOR_EMAIL)).token
})
afterAll(async () => {
  await cms?.destroy()
})

async function uploadImage(key: string) {
  return cms.payload.create({
    collection: 'media',
    data: { title: `Beeld ${key}`, alt: `Een egaal vlak (${key})` },
    file: await solidPng(`${key}.png`, '#336699'),
  })
}

/** What an anonymous reader gets: the document, the list, the file and a resized file. */
async function anonymousView(media: { id: number; filename?: string | null }) {
  const byId = await rest(cms, `/media/${media.id}`)
  const list = await rest(cms, `/media?where[id][equals]=${media.id}&depth=0`)
  const file = await rest(cms, `/media/file/${media.filename}`)
  const thumbnail = await rest(
    cms,
    `/media/file/${media.filename!.replace(/\.png$/, '')}-320x180.webp`,
  )
  return {
    byId: byId.status,
    listed: ((await list.json()) as { totalDocs: number }).totalDocs,
    file: file.status,
    thumbnail: thumbnail.status,
  }
}

const HIDDEN = { byId: 404, listed: 0, file: 403, thumbnail: 403 }
const VISIBLE = { byId: 200, listed: 1, file: 200, thumbnail: 200 }

describe('media of drafts', () => {
  it('hides an image used only by a draft until the document is published, and again after unpublishing', async () => {
    const media = await uploadImage('alleen-in-concept')
    const news = await cms.payload.create({
      collection: 'news',
      draft: true,
      data: {
        title: 'Nog geheim nieuws',
        summary: 'Nog niet aangekondigd.',
        image: media.id,
        _status: 'draft',
      },
    })

    expect(await anonymousView(media)).toEqual(HIDDEN)
    // The editor who manages the library sees it all along.
    expect((await rest(cms, `/media/${media.id}`, editorToken)).status).toBe(200)

    await cms.payload.update({ collection: 'news', id: news.id, data: { _status: 'published' } })
    expect(await anonymousView(media)).toEqual(VISIBLE)

    await cms.payload.update({ collection: 'news', id: news.id, data: { _status: 'draft' } })
    expect(await anonymousView(media)).toEqual(HIDDEN)
  })

  it('shows an image embedded in the rich text of a published document', async () => {
    const media = await uploadImage('in-lopende-tekst')
    expect(await anonymousView(media)).toEqual(HIDDEN)

    const embedded: News['body'] = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'upload',
            version: 3,
            format: '',
            relationTo: 'media',
            value: media.id,
            fields: null,
          },
        ],
      },
    }
    await cms.payload.create({
      collection: 'news',
      data: {
        title: 'Nieuws met een beeld in de tekst',
        slug: 'nieuws-met-een-beeld-in-de-tekst',
        summary: 'Met een afbeelding.',
        _status: 'published',
        body: embedded,
      },
    })

    expect(await anonymousView(media)).toEqual(VISIBLE)
  })

  it('keeps the demo downloads and images of published documents public, and hides unused ones', async () => {
    const unused = await uploadImage('nergens-gebruikt')
    const { docs } = await cms.payload.find({
      collection: 'knowledge-products',
      where: { _status: { equals: 'published' }, file: { exists: true } },
      depth: 1,
      limit: 1,
    })
    const file = docs[0]?.file
    expect(typeof file === 'object' && file !== null).toBe(true)

    const download = await rest(cms, `/media/file/${(file as { filename: string }).filename}`)
    expect(download.status).toBe(200)
    expect(await anonymousView(unused)).toEqual(HIDDEN)
  })

  it('populates the media of a published document for anonymous readers', async () => {
    const response = await rest(cms, '/knowledge-products?where[file][exists]=true&depth=1&limit=1')
    const { docs } = (await response.json()) as { docs: Array<{ file: unknown }> }

    expect(docs[0]?.file).toMatchObject({ url: expect.stringContaining('/api/media/file/') })
  })
})
