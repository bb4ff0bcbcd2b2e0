import type { TextFieldSingleValidation } from 'payload'
import { localize } from '../../fields/localized'
import { isHttpsUrl } from '../../fields/links'

/** A video needs its https:// address; an article may leave it empty. */
export const validateVideoUrl: TextFieldSingleValidation = (value, { siblingData, req }) => {
  const kind: unknown = (siblingData as { kind?: unknown }).kind
  if (kind === 'video' && !value) {
    return localize(req, {
      nl: 'Een video heeft een video-URL nodig.',
      en: 'A video needs a video URL.',
    })
  }
  return !value || isHttpsUrl(value) || localize(req, HTTPS_MESSAGE)
}

const HTTPS_MESSAGE = {
  nl: 'Gebruik een volledig https://-adres.',
  en: 'Use a full https:// address.',
}
