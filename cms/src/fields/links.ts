import type { TextFieldSingleValidation } from 'payload'
import { localize } from './localized'

/** True for an absolute https:// URL. */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

/** An optional link: empty, or a full https:// address. */
export const validateHttpsUrl: TextFieldSingleValidation = (value, { req }) =>
  !value ||
  isHttpsUrl(value) ||
  localize(req, {
    nl: 'Gebruik een volledig https://-adres, bijvoorbeeld https://www.vng.nl/.',
    en: 'Use a full https:// address, e.g. https://www.vng.nl/.',
  })
