import type { UploadField, Where } from 'payload'
import type { Localized } from './localized'

interface MediaFieldOptions {
  name: string
  label: Localized
  description?: Localized
  required?: boolean
}

/** An upload from the media library, limited to files whose MIME type matches `mimeType`. */
const mediaField =
  (mimeType: Where[string]) =>
  ({ name, label, description, required }: MediaFieldOptions): UploadField => ({
    name,
    type: 'upload',
    relationTo: 'media',
    label,
    required,
    filterOptions: { mimeType },
    ...(description ? { admin: { description } } : {}),
  })

/** An image from the media library (which requires alternative text for every image). */
export const imageField = mediaField({ contains: 'image/' })

/** A PDF download from the media library; its title is the link text. */
export const pdfField = mediaField({ equals: 'application/pdf' })

/** A WebVTT captions file for a video. */
export const captionsField = mediaField({ equals: 'text/vtt' })
