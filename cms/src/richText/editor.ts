import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { KeyboardAccessFeature } from './keyboardAccess'

/** The rich text editor of every collection: Payload's default features, keyboard-accessible. */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, KeyboardAccessFeature()],
})
