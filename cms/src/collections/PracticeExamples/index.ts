import type { CollectionConfig } from 'payload'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { lifeDomainsField } from '../../fields/lifeDomains'
import { captionsField, imageField } from '../../fields/media'
import { municipalityField, municipalityNameField } from '../../fields/municipality'
import { publishedAtField } from '../../fields/publishedAt'
import { readabilityField, readabilityHintField, setReadability } from '../../fields/readability'
import { slugField } from '../../fields/slug'
import { PRACTICE_EXAMPLE_KIND_LABELS, PRACTICE_EXAMPLE_KINDS } from './kinds'
import { validateVideoUrl } from './validateVideoUrl'
import { requireAccessibleVideo } from './hooks/requireAccessibleVideo'

const isVideo = (_: unknown, siblingData: { kind?: unknown }) => siblingData.kind === 'video'

/** How a municipality put the convention into practice: an article or a video. */
export const PracticeExamples: CollectionConfig<'practice-examples'> = {
  slug: 'practice-examples',
  labels: {
    singular: { nl: 'Praktijkvoorbeeld', en: 'Practice example' },
    plural: { nl: 'Praktijkvoorbeelden', en: 'Practice examples' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'municipalityName', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'municipality', 'municipalityName'],
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrEditor,
    readVersions: isAdminOrEditor,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  hooks: { beforeChange: [requireAccessibleVideo, setReadability()] },
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true },
    slugField('title'),
    {
      name: 'kind',
      type: 'select',
      label: { nl: 'Vorm', en: 'Kind' },
      required: true,
      defaultValue: 'article',
      enumName: 'enum_practice_example_kind',
      options: PRACTICE_EXAMPLE_KINDS.map((value) => ({
        value,
        label: PRACTICE_EXAMPLE_KIND_LABELS[value],
      })),
      admin: { position: 'sidebar' },
    },
    municipalityField({ required: true }),
    municipalityNameField(),
    lifeDomainsField(),
    {
      name: 'summary',
      type: 'textarea',
      label: { nl: 'Samenvatting', en: 'Summary' },
      required: true,
    },
    imageField({ name: 'image', label: { nl: 'Afbeelding', en: 'Image' } }),
    { name: 'body', type: 'richText', label: { nl: 'Inhoud', en: 'Body' } },
    {
      name: 'videoUrl',
      type: 'text',
      label: { nl: 'Video-URL', en: 'Video URL' },
      admin: {
        condition: isVideo,
        description: {
          nl: 'Link naar de video, bijvoorbeeld op YouTube of Vimeo.',
          en: 'Link to the video, e.g. on YouTube or Vimeo.',
        },
      },
      validate: validateVideoUrl,
    },
    {
      name: 'transcript',
      type: 'textarea',
      label: { nl: 'Transcript', en: 'Transcript' },
      admin: {
        condition: isVideo,
        description: {
          nl: 'Alles wat er in de video gezegd wordt en wat belangrijk is om te zien. Verplicht om een video te publiceren, tenzij u een ondertitelbestand toevoegt.',
          en: 'Everything said in the video and what matters visually. Required to publish a video unless you add a captions file.',
        },
      },
    },
    {
      ...captionsField({
        name: 'captions',
        label: { nl: 'Ondertiteling (.vtt)', en: 'Captions (.vtt)' },
      }),
      admin: { condition: isVideo },
    },
    publishedAtField(),
    readabilityField(),
    readabilityHintField(),
  ],
  timestamps: true,
}
