import type {
  DateFieldValidation,
  TextFieldSingleValidation,
  TextareaFieldValidation,
} from 'payload'
import { isHttpsUrl } from '../../fields/links'
import { localize } from '../../fields/localized'

export const EVENT_FORMATS = ['digital', 'physical', 'hybrid'] as const
export type EventFormat = (typeof EVENT_FORMATS)[number]

const formatOf = (siblingData: unknown): unknown => (siblingData as { format?: unknown }).format

/** Where to go: required for physical and hybrid events. */
export const validateLocation: TextareaFieldValidation = (value, { siblingData, req }) => {
  const format = formatOf(siblingData)
  if ((format === 'physical' || format === 'hybrid') && !value?.trim()) {
    return localize(req, {
      nl: 'Vul de locatie in: een fysieke of hybride bijeenkomst heeft een adres nodig.',
      en: 'Enter the location: a physical or hybrid event needs an address.',
    })
  }
  return true
}

/** How to join: required for digital and hybrid events, always https. */
export const validateOnlineUrl: TextFieldSingleValidation = (value, { siblingData, req }) => {
  const format = formatOf(siblingData)
  if ((format === 'digital' || format === 'hybrid') && !value) {
    return localize(req, {
      nl: 'Vul de link naar de online bijeenkomst in: een digitale of hybride bijeenkomst heeft er een nodig.',
      en: 'Enter the online link: a digital or hybrid event needs one.',
    })
  }
  if (value && !isHttpsUrl(value)) {
    return localize(req, {
      nl: 'Gebruik een volledig https://-adres.',
      en: 'Use a full https:// address.',
    })
  }
  return true
}

/** The end lies after the start. */
export const validateEndsAt: DateFieldValidation = (value, { siblingData, req, required }) => {
  if (!value) {
    return required ? localize(req, { nl: 'Vul het einde in.', en: 'Enter the end.' }) : true
  }
  const startsAt: unknown = (siblingData as { startsAt?: unknown }).startsAt
  if (
    (typeof startsAt === 'string' || startsAt instanceof Date) &&
    new Date(value).getTime() <= new Date(startsAt).getTime()
  ) {
    return localize(req, {
      nl: 'Het einde moet na het begin liggen.',
      en: 'The end must be after the start.',
    })
  }
  return true
}
