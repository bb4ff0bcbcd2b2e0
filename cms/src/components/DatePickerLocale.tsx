'use client'
import { useTranslation } from '@payloadcms/ui'
import { enUS } from 'date-fns/locale/en-US'
import { nl } from 'date-fns/locale/nl'
import type { ReactNode } from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

// The names Payload's DatePicker registers them under (its getFormattedLocale).
registerLocale('nl', nl)
registerLocale('enUS', enUS)

/**
 * The date fields' month names in the admin's language from the first render. Payload 3.90's
 * DatePicker registers the locale in an effect, after it has rendered its input, and nothing
 * renders it again: a Dutch editor saw "18 March 2027 15:30" in every date field until touching
 * it (docs/accessibility.md). The date picker's default locale is global, so setting it while
 * this provider renders, before any field does, is enough.
 */
export function DatePickerLocale({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  setDefaultLocale(i18n.language === 'en' ? 'enUS' : 'nl')
  return children
}
