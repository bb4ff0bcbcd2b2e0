import type { Timezone } from 'payload'

/** Events happen in the Netherlands; UTC is offered for online sessions abroad. */
export const DEFAULT_TIMEZONE = 'Europe/Amsterdam'

export const SUPPORTED_TIMEZONES: Timezone[] = [
  { label: 'Amsterdam (CET/CEST)', value: 'Europe/Amsterdam' },
  { label: 'UTC', value: 'UTC' },
]
