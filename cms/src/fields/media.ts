import type { UploadField } from 'payload'
import type { Localized } from './localized'

interface MediaFieldOptions {
  name: string
  label: Localized
  description?: Localized
  required?: boolean
}

/** An image from the media library (which requires alternative text for every image). */
export const imageField = ({
  name,
  label,
  description,
  required,
}: MediaFieldOptions): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
  label,
  required,
  filterOptions: { mimeType: { contains: 'image/' } },
  ...(description ? { admin: { description } } : {}),
})

/** A PDF download from the media library; its title is the link text. */
export const pdfField = ({
  name,
  label,
  description,
  required,
}: MediaFieldOptions): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
  label,
  required,
  filterOptions: { mimeType: { equals: 'application/pdf' } },
  ...(description ? { admin: { description } } : {}),
})

/** A WebVTT captions file for a video. */
export const captionsField = ({
  name,
  label,
  description,
  required,
}: MediaFieldOptions): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
  label,
  required,
  filterOptions: { mimeType: { equals: 'text/vtt' } },
  ...(description ? { admin: { description } } : {}),
})
