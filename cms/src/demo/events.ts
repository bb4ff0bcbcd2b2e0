import type { Event } from '../payload-types'
import type { Status } from './status'

type SeedEvent = Pick<
  Event,
  | 'title'
  | 'slug'
  | 'format'
  | 'startsAt'
  | 'endsAt'
  | 'location'
  | 'onlineUrl'
  | 'registrationUrl'
  | 'capacity'
  | 'lifeDomains'
  | 'summary'
> &
  Status

/** Fixed dates (UTC), shown in Europe/Amsterdam: two past events, two in 2027. */
export const EVENTS: readonly SeedEvent[] = [
  {
    title: 'Webinar: de eerste stappen naar een lokale inclusieagenda',
    slug: 'webinar-eerste-stappen-inclusieagenda-2025',
    format: 'digital',
    startsAt: '2025-03-13T14:00:00.000Z',
    endsAt: '2025-03-13T15:30:00.000Z',
    location: null,
    onlineUrl: 'https://webinar.example.org/iedereen-doet-mee/eerste-stappen',
    registrationUrl: null,
    capacity: 300,
    lifeDomains: ['welzijn-gezondheid-en-ondersteuning'],
    summary: 'Een uur over hoe u begint aan een lokale inclusieagenda. Met vragen uit de zaal.',
    status: 'published',
  },
  {
    title: 'Inspiratiedag Iedereen doet mee! 2026',
    slug: 'inspiratiedag-2026',
    format: 'physical',
    startsAt: '2026-06-04T08:00:00.000Z',
    endsAt: '2026-06-04T14:00:00.000Z',
    location: 'Beatrix Theater, Catharijnesingel 1, 3511 GB Utrecht',
    onlineUrl: null,
    registrationUrl: null,
    capacity: 250,
    lifeDomains: ['thuis', 'werk-en-inkomen', 'vervoer'],
    summary: 'Een dag vol voorbeelden van gemeenten, met workshops van ervaringsdeskundigen.',
    status: 'published',
  },
  {
    title: 'Inspiratiesessie Meest Toegankelijke Gemeente 2027',
    slug: 'inspiratiesessie-mtg-2027',
    format: 'hybrid',
    startsAt: '2027-02-11T13:00:00.000Z',
    endsAt: '2027-02-11T15:00:00.000Z',
    location: 'VNG, Nassaulaan 12, 2514 JS Den Haag',
    onlineUrl: 'https://webinar.example.org/iedereen-doet-mee/mtg-2027',
    registrationUrl: 'https://www.example.org/aanmelden/mtg-2027',
    capacity: 80,
    lifeDomains: ['vrije-tijd'],
    summary: 'Hoe doet uw gemeente mee aan de verkiezing? Winnaars van eerdere jaren vertellen.',
    status: 'published',
  },
  {
    title: 'Webinar: organiseer ervaringsdeskundigheid',
    slug: 'webinar-organiseer-ervaringsdeskundigheid-2027',
    format: 'digital',
    startsAt: '2027-03-18T14:30:00.000Z',
    endsAt: '2027-03-18T16:00:00.000Z',
    location: null,
    onlineUrl: 'https://webinar.example.org/iedereen-doet-mee/ervaringsdeskundigheid',
    registrationUrl: 'https://www.example.org/aanmelden/ervaringsdeskundigheid',
    capacity: 500,
    lifeDomains: ['welzijn-gezondheid-en-ondersteuning'],
    summary: 'Hoe richt u een adviesraad of panel in dat echt meepraat? Drie gemeenten vertellen.',
    status: 'published',
  },
]
