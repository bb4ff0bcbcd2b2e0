import type { PayloadRequest } from 'payload'

/** A text an editor reads, in both admin languages. */
// A type alias, not an interface: Payload's label types are index signatures, which an
// interface does not satisfy.
export type Localized = {
  nl: string
  en: string
}

/**
 * Picks the request's admin language for texts Payload does not translate itself (validation
 * messages); Dutch unless the editor chose English.
 */
export function localize(req: Pick<PayloadRequest, 'i18n'> | undefined, text: Localized): string {
  return req?.i18n?.language === 'en' ? text.en : text.nl
}
