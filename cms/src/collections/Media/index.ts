import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { canManageMedia } from '../../access/canManageMedia'
import { mediaOfPublishedDocuments } from '../../access/mediaOfPublishedDocuments'
import { localize } from '../../fields/localized'
import { answerMissingFileWith404 } from './answerMissingFileWith404'

/** What may be uploaded: images, PDFs for downloads, WebVTT captions for videos. */
const MEDIA_MIME_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/pdf',
  'text/vtt',
] as const

const isImage = (mimeType: unknown) => typeof mimeType === 'string' && mimeType.startsWith('image/')

/** Alternative text is required for images; a PDF or captions file is described by its title. */
const requireAltForImages: TextFieldSingleValidation = (value, { data, req }) => {
  const mimeType: unknown = (data as { mimeType?: unknown } | undefined)?.mimeType
  if (isImage(mimeType) && (typeof value !== 'string' || value.trim() === '')) {
    return localize(req, {
      nl: 'Vul een alternatieve tekst in: beschrijf wat er op de afbeelding te zien is, voor wie haar niet kan zien.',
      en: 'Enter alternative text: describe what the image shows, for people who cannot see it.',
    })
  }
  return true
}

/**
 * Images, downloads and captions files. Files live in `staticDir`, outside the git tree
 * (`.data/media` by default, or MEDIA_DIR). Images get webp sizes for lists, cards and heroes.
 */
export const createMedia = (staticDir: string): CollectionConfig<'media'> => ({
  slug: 'media',
  labels: {
    singular: { nl: 'Mediabestand', en: 'Media file' },
    plural: { nl: 'Media', en: 'Media' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['filename', 'title', 'alt', 'mimeType', 'updatedAt'],
    listSearchableFields: ['title', 'alt', 'filename'],
  },
  access: {
    read: mediaOfPublishedDocuments,
    create: canManageMedia,
    update: canManageMedia,
    delete: canManageMedia,
  },
  upload: {
    staticDir,
    handlers: [answerMissingFileWith404(staticDir)],
    mimeTypes: [...MEDIA_MIME_TYPES],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      {
        name: 'thumbnail',
        width: 320,
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'card',
        width: 768,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'hero',
        width: 1600,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 82 } },
      },
    ],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { nl: 'Titel', en: 'Title' },
      required: true,
      admin: {
        description: {
          nl: 'Beschrijvende titel; bij een pdf de linktekst van de download, bijvoorbeeld "Handreiking Lokale Inclusie Agenda (pdf)".',
          en: 'Descriptive title; for a PDF the link text of the download, e.g. "Local Inclusion Agenda guide (PDF)".',
        },
      },
    },
    {
      name: 'alt',
      type: 'text',
      label: { nl: 'Alternatieve tekst', en: 'Alternative text' },
      validate: requireAltForImages,
      admin: {
        description: {
          nl: 'Verplicht bij afbeeldingen: wat staat erop en waarom doet het ertoe? Niet nodig bij pdf- en ondertitelbestanden.',
          en: 'Required for images: what does it show and why does it matter? Not needed for PDF and captions files.',
        },
      },
    },
    {
      name: 'caption',
      type: 'textarea',
      label: { nl: 'Bijschrift', en: 'Caption' },
    },
    {
      name: 'credit',
      type: 'text',
      label: { nl: 'Maker / bron', en: 'Credit' },
    },
  ],
  timestamps: true,
})
