import type { Localized } from '../../fields/localized'

/** Themes of the programme an advice request can be about, besides life domains and CRPD articles. */
export const ADVICE_THEMES = [
  'local-inclusion-agenda',
  'lived-experience',
  'inclusive-employment',
  'accessibility',
  'other',
] as const
export type AdviceTheme = (typeof ADVICE_THEMES)[number]

export const ADVICE_THEME_LABELS: Readonly<Record<AdviceTheme, Localized>> = {
  'local-inclusion-agenda': { nl: 'Lokale Inclusie Agenda', en: 'Local Inclusion Agenda' },
  'lived-experience': { nl: 'Ervaringsdeskundigheid', en: 'Lived experience' },
  'inclusive-employment': { nl: 'Inclusief werkgeverschap', en: 'Inclusive employment' },
  accessibility: { nl: 'Toegankelijkheid', en: 'Accessibility' },
  other: { nl: 'Anders', en: 'Other' },
}

/** How the requester would like to be advised. */
export const ADVICE_FORMS = ['call', 'visit', 'workshop', 'email'] as const
export type AdviceForm = (typeof ADVICE_FORMS)[number]

export const ADVICE_FORM_LABELS: Readonly<Record<AdviceForm, Localized>> = {
  call: { nl: 'Telefoongesprek of videobellen', en: 'Call' },
  visit: { nl: 'Bezoek', en: 'Visit' },
  workshop: { nl: 'Workshop', en: 'Workshop' },
  email: { nl: 'Per e-mail', en: 'By e-mail' },
}
