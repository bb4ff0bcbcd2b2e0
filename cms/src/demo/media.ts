/** Demo media are found again by title; the file is generated in code (see files.ts). */
export type SeedMediaKey = 'handreiking-cover' | 'handreiking-pdf' | 'wonen-cover' | 'poster-2024'

interface SeedMedia {
  key: SeedMediaKey
  title: string
  alt?: string
  caption?: string
  credit?: string
  /** A colour for a generated image, or the one line of a generated PDF. */
  image?: { colour: string }
  pdf?: { line: string }
}

export const MEDIA: readonly SeedMedia[] = [
  {
    key: 'handreiking-cover',
    title: 'Omslag Handreiking Lokale Inclusie Agenda',
    alt: 'Omslag van de handreiking: een effen oranje vlak met de titel Lokale Inclusie Agenda.',
    credit: 'VNG',
    image: { colour: '#e65b17' },
  },
  {
    key: 'handreiking-pdf',
    title: 'Handreiking Lokale Inclusie Agenda (pdf)',
    pdf: { line: 'Handreiking Lokale Inclusie Agenda - Iedereen doet mee!' },
  },
  {
    key: 'wonen-cover',
    title: 'Omslag Wonen is hoofdzaak',
    alt: 'Omslag van de inspiratiebundel Wonen is hoofdzaak: een effen blauw vlak.',
    credit: 'VNG',
    image: { colour: '#1f5fa8' },
  },
  {
    key: 'poster-2024',
    title: 'Poster Meest Toegankelijke Gemeente 2024',
    alt: 'Poster van de verkiezing Meest Toegankelijke Gemeente 2024: een effen groen vlak met ruimte voor de naam van de gemeente.',
    caption: 'Hang de poster op in het gemeentehuis, de bibliotheek of het buurthuis.',
    image: { colour: '#2e7d32' },
  },
]
