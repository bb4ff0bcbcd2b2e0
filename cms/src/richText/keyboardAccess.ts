import { createServerFeature } from '@payloadcms/richtext-lexical'

/** Tab leaves the rich text editor, and the editor is named after its field (see the client). */
export const KeyboardAccessFeature = createServerFeature({
  feature: { ClientFeature: '/richText/keyboardAccess.client#KeyboardAccessFeatureClient' },
  key: 'keyboardAccess',
})
