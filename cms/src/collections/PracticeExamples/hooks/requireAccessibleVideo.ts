import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { localize } from '../../../fields/localized'

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/**
 * A video practice example may be saved as a draft without a transcript or captions, but not
 * published: deaf and hard-of-hearing visitors would miss its content.
 */
export const requireAccessibleVideo: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const current = (name: string): unknown =>
    name in data ? data[name] : (originalDoc as Record<string, unknown> | undefined)?.[name]
  if (data._status !== 'published' || current('kind') !== 'video') return data
  const captions = current('captions')
  if (hasText(current('transcript')) || (captions !== null && captions !== undefined)) return data
  throw new ValidationError({
    collection: 'practice-examples',
    errors: [
      {
        path: 'transcript',
        message: localize(req, {
          nl: 'Een video kan pas gepubliceerd worden met een transcript of een ondertitelbestand (.vtt). Als concept opslaan kan wel.',
          en: 'A video can only be published with a transcript or a captions file (.vtt). Saving it as a draft is fine.',
        }),
      },
    ],
    req,
  })
}
