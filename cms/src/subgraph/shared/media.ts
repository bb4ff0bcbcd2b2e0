import type { Media } from '../../payload-types'
import type { Actor } from './actor'
import { findAll } from './find'

/** An image as the graph serves it: never without its alternative text. */
export interface ImageModel {
  url: string
  /** Empty for a purely decorative image; the CMS requires it for every uploaded image. */
  alt: string
  caption: string | null
  credit: string | null
  width: number | null
  height: number | null
  sizes: Array<{ name: string; url: string; width: number | null; height: number | null }>
}

export interface DownloadModel {
  url: string
  filename: string | null
  mimeType: string | null
  filesize: number | null
  title: string
}

/** A populated upload; an id alone (the caller may not read the media document) is no upload. */
const populated = (value: number | Media | null | undefined): Media | null =>
  typeof value === 'object' && value !== null && value.url ? value : null

export function toImage(value: number | Media | null | undefined): ImageModel | null {
  const media = populated(value)
  if (!media?.mimeType?.startsWith('image/')) return null
  const sizes = Object.entries(media.sizes ?? {}).flatMap(([name, size]) =>
    size?.url
      ? [{ name, url: size.url, width: size.width ?? null, height: size.height ?? null }]
      : [],
  )
  return {
    url: media.url!,
    alt: media.alt ?? '',
    caption: media.caption ?? null,
    credit: media.credit ?? null,
    width: media.width ?? null,
    height: media.height ?? null,
    sizes,
  }
}

export function toDownload(value: number | Media | null | undefined): DownloadModel | null {
  const media = populated(value)
  if (!media) return null
  return {
    url: media.url!,
    filename: media.filename ?? null,
    mimeType: media.mimeType ?? null,
    filesize: media.filesize ?? null,
    title: media.title,
  }
}

/** The id of an upload field's value, populated or not. */
export function mediaId(value: number | Media | null | undefined): number | null {
  if (typeof value === 'number') return value
  return value?.id ?? null
}

/**
 * Media by id, in the order asked, with one Local API `find` as the caller (Payload's media read
 * access decides); null where absent or not readable, as an unpopulated upload would be.
 */
export async function findMediaByIds(
  actor: Actor,
  ids: readonly number[],
): Promise<Array<Media | null>> {
  const docs = await findAll(actor, 'media', { where: { id: { in: [...new Set(ids)] } } })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.map((id) => byId.get(id) ?? null)
}
