import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { login, ORGANISER_EMAIL, rest, startTestCms, type TestCms } from './support/testCms'

describe("the toolkit's poster, personalised per municipality", () => {
  let cms: TestCms
  let organiserToken: string
  let posterId: number
  let textId: number

  beforeAll(async () => {
    cms = await startTestCms()
    organiserToken = (await login(cms, ORGANISER_EMAIL)).token
    const { docs } = await cms.payload.find({
      collection: 'toolkit-items',
      overrideAccess: false,
      depth: 0,
      limit: 0,
    })
    posterId = docs.find((doc) => doc.kind === 'poster')!.id
    textId = docs.find((doc) => doc.kind === 'text')!.id
  })
  afterAll(async () => {
    await cms?.destroy()
  })

  const path = (id: number, query: string) => `/toolkit-items/${id}/poster?${query}`

  it("says the municipality's name and the public vote's dates in its alt text", async () => {
    const response = await rest(cms, path(posterId, 'municipality=GM0820&format=json'))

    expect(response.status).toBe(200)
    const body = (await response.json()) as { alt: string; png: string; year: number }
    expect(body.year).toBe(2024)
    expect(body.alt).toMatch(
      /^Poster van de verkiezing Meest Toegankelijke Gemeente 2024 voor de gemeente Nuenen, Gerwen en Nederwetten \(Noord-Brabant\)\. Stem van \d{1,2} \w+ 2024 tot en met \d{1,2} \w+ 2024\./,
    )
    expect(body.png).toBe(`/api/toolkit-items/${posterId}/poster?municipality=GM0820&format=png`)
  })

  it('renders an A4 PNG on request, with the alt text in a header', async () => {
    const response = await rest(cms, path(posterId, 'municipality=GM0820'))

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await response.arrayBuffer())
    const { format, width, height } = await sharp(png).metadata()
    expect({ format, width, height }).toEqual({ format: 'png', width: 1240, height: 1754 })
    const alt = decodeURIComponent(response.headers.get('x-alt-text') ?? '')
    expect(alt).toContain('Nuenen, Gerwen en Nederwetten')
    expect(response.headers.get('cache-control')).toBe('public, max-age=300')
  })

  it('renders SVG with the text escaped and the alt text as its title', async () => {
    const response = await rest(cms, path(posterId, 'municipality=GM0820&format=svg'))

    const svg = await response.text()
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(svg).toContain('<title>Poster van de verkiezing')
    expect(svg).toContain('>Nuenen, Gerwen en<')
    expect(svg).not.toMatch(/<script/i)
  })

  it('refuses bad input with a code: an unknown municipality, a format, an item that is no poster', async () => {
    const unknown = await rest(cms, path(posterId, 'municipality=GM9999'))
    const format = await rest(cms, path(posterId, 'municipality=GM0363&format=gif'))
    const text = await rest(cms, path(textId, 'municipality=GM0363'))
    const missing = await rest(cms, path(999_999, 'municipality=GM0363'))

    expect([unknown.status, format.status, text.status, missing.status]).toEqual([
      400, 400, 400, 404,
    ])
    expect(await format.json()).toMatchObject({
      errors: [{ extensions: { code: 'INVALID_FORMAT' } }],
    })
    expect(await text.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_A_POSTER' } }] })
  })

  it('does not render a draft poster for anonymous callers, but does for organisers (uncached)', async () => {
    const published = await cms.payload.findByID({ collection: 'toolkit-items', id: posterId })
    const draft = await cms.payload.create({
      collection: 'toolkit-items',
      draft: true,
      data: {
        title: 'Poster (concept)',
        edition: typeof published.edition === 'object' ? published.edition!.id : published.edition,
        kind: 'poster',
        poster: typeof published.poster === 'object' ? published.poster!.id : published.poster,
        _status: 'draft',
      },
    })

    const anonymous = await rest(cms, path(draft.id, 'municipality=GM0363'))
    const organiser = await rest(cms, path(draft.id, 'municipality=GM0363'), organiserToken)

    expect(anonymous.status).toBe(404)
    expect(organiser.status).toBe(200)
    expect(organiser.headers.get('cache-control')).toBe('private, no-store')
  })
})
