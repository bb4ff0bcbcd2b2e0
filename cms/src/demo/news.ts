import type { News } from '../payload-types'
import { lexicalDocument } from './richText'
import type { Status } from './status'

type SeedNews = Pick<News, 'title' | 'slug' | 'summary' | 'body' | 'publishedAt' | 'lifeDomains'> &
  Status

export const NEWS: readonly SeedNews[] = [
  {
    title: 'Oude IJsselstreek is de Meest Toegankelijke Gemeente van 2024',
    slug: 'oude-ijsselstreek-meest-toegankelijke-gemeente-2024',
    publishedAt: '2024-11-21T00:00:00.000Z',
    lifeDomains: ['vrije-tijd', 'thuis'],
    status: 'published',
    summary: 'De jury koos Oude IJsselstreek als winnaar. Rotterdam krijgt de aanmoedigingsprijs.',
    body: lexicalDocument([
      {
        paragraph:
          'Oude IJsselstreek werkt al jaren samen met inwoners met een beperking. De jury was ' +
          'onder de indruk van de speelplekken in elke kern en van de adviesraad die echt meepraat.',
      },
    ]),
  },
  {
    title: 'Nieuwe routekaart voor de lokale inclusieagenda',
    slug: 'nieuwe-routekaart-lokale-inclusieagenda',
    publishedAt: '2025-09-02T00:00:00.000Z',
    lifeDomains: ['welzijn-gezondheid-en-ondersteuning'],
    status: 'published',
    summary: 'De handreiking heeft nu een routekaart in elf stappen.',
    body: lexicalDocument([
      {
        paragraph:
          'Met de routekaart ziet u in één oogopslag welke stap u zet en wie u erbij nodig hebt.',
      },
    ]),
  },
  {
    title: 'Aanmelden voor de verkiezing 2027 (concept)',
    slug: 'aanmelden-verkiezing-2027',
    publishedAt: null,
    lifeDomains: [],
    status: 'draft',
    summary: 'Binnenkort kunnen inwoners hun gemeente weer voordragen.',
    body: null,
  },
]
