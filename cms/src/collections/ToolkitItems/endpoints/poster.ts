import path from 'node:path'
import type { Endpoint, PayloadHandler } from 'payload'
import sharp from 'sharp'
import { localize } from '../../../fields/localized'
import { municipalityCodeProblem } from '../../../fields/municipality'
import { findMunicipality } from '../../../municipalities/registry'
import {
  POSTER_IMAGE_HEIGHT,
  POSTER_WIDTH,
  type PosterEdition,
  posterSvg,
  posterText,
} from '../renderPoster'
import { readToolkitItem } from './readItem'

const problem = (status: number, code: string, message: string) =>
  Response.json({ errors: [{ message, extensions: { code } }] }, { status })

const FORMATS = ['png', 'svg', 'json'] as const
type Format = (typeof FORMATS)[number]

interface PosterMedia {
  filename?: string | null
  mimeType?: string | null
}

/**
 * The edition's own poster image, scaled to cover the top of the page; undefined when the file is
 * not an image sharp reads (a PDF poster, a missing file): the poster is then text on colour.
 */
async function backgroundOf(media: PosterMedia | null, staticDir: string | undefined) {
  if (!media?.filename || !media.mimeType?.startsWith('image/') || !staticDir) return undefined
  try {
    return await sharp(path.join(staticDir, path.basename(media.filename)))
      .resize(POSTER_WIDTH, POSTER_IMAGE_HEIGHT, { fit: 'cover' })
      .toBuffer()
  } catch {
    return undefined
  }
}

/**
 * `GET /api/toolkit-items/:id/poster?municipality=GM0363&format=png|svg|json`: the edition's
 * poster personalised for one municipality — its name and the public vote's dates — rendered on
 * request (PNG by default, A4 at 150 dpi). Every answer carries the poster in words: `json` gives
 * `{ alt, png, svg }`, the SVG has it as its `<title>` (role="img"), and PNG and SVG send it in the
 * `X-Alt-Text` header (URI-encoded), so whoever shows the poster can give it its alt text. The
 * item is read as the caller: a draft poster stays hidden from whoever may not read it.
 */
const posterHandler: PayloadHandler = async (req) => {
  const code = req.searchParams.get('municipality') ?? ''
  const format = (req.searchParams.get('format') ?? 'png') as Format
  const invalid = municipalityCodeProblem(code)
  if (invalid) return problem(400, 'INVALID_MUNICIPALITY', localize(req, invalid))
  if (!FORMATS.includes(format)) {
    return problem(
      400,
      'INVALID_FORMAT',
      localize(req, {
        nl: 'Kies format=png, svg of json.',
        en: 'Choose format=png, svg or json.',
      }),
    )
  }
  const item = await readToolkitItem(req)
  if (!item) return problem(404, 'NOT_FOUND', 'Not Found')
  const edition = typeof item.edition === 'object' ? (item.edition as PosterEdition | null) : null
  if (item.kind !== 'poster' || !edition) {
    return problem(
      400,
      'NOT_A_POSTER',
      localize(req, {
        nl: 'Dit toolkititem is geen poster.',
        en: 'This toolkit item is not a poster.',
      }),
    )
  }

  const municipality = findMunicipality(code)!
  const text = posterText(municipality, edition)
  const self = `/api/toolkit-items/${item.id}/poster?municipality=${municipality.code}`
  if (format === 'json') {
    return Response.json({
      id: item.id,
      municipality,
      year: edition.year,
      alt: text.alt,
      png: `${self}&format=png`,
      svg: `${self}&format=svg`,
    })
  }

  const media = typeof item.poster === 'object' ? (item.poster as PosterMedia | null) : null
  const staticDir = req.payload.collections.media?.config.upload?.staticDir
  const background = await backgroundOf(media, staticDir)
  const svg = posterSvg(text, background !== undefined)
  const headers = {
    'cache-control': item._status === 'published' ? 'public, max-age=300' : 'private, no-store',
    'x-alt-text': encodeURIComponent(text.alt),
    'content-disposition': `inline; filename="poster-${edition.year}-${municipality.code}.${format}"`,
  }
  if (format === 'svg') {
    return new Response(svg, {
      headers: { ...headers, 'content-type': 'image/svg+xml; charset=utf-8' },
    })
  }
  const base = background
    ? sharp({
        create: {
          width: POSTER_WIDTH,
          height: POSTER_IMAGE_HEIGHT,
          channels: 3,
          background: '#ffffff',
        },
      }).composite([{ input: background, top: 0, left: 0 }])
    : undefined
  const page = sharp(Buffer.from(svg))
  const png = base
    ? await sharp(await page.png().toBuffer())
        .composite([{ input: await base.png().toBuffer(), top: 0, left: 0 }])
        .png()
        .toBuffer()
    : await page.png().toBuffer()
  return new Response(new Uint8Array(png), { headers: { ...headers, 'content-type': 'image/png' } })
}

export const posterEndpoint: Endpoint = {
  path: '/:id/poster',
  method: 'get',
  handler: posterHandler,
}
