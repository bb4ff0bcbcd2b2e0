import type { Event, News, PracticeExample } from '../payload-types'
import { lexicalDocument } from './lexical'

type Status = { status: 'published' | 'draft' }

export type SeedPracticeExample = Pick<
  PracticeExample,
  | 'title'
  | 'slug'
  | 'kind'
  | 'municipality'
  | 'lifeDomains'
  | 'summary'
  | 'body'
  | 'videoUrl'
  | 'transcript'
  | 'publishedAt'
> &
  Status

/** Practice examples; the draft video shows that publishing one needs a transcript. */
export const PRACTICE_EXAMPLES: readonly SeedPracticeExample[] = [
  {
    title: 'Stein maakt het gemeentehuis toegankelijk met ervaringsdeskundigen',
    slug: 'stein-toegankelijk-gemeentehuis',
    kind: 'article',
    municipality: 'GM0971',
    lifeDomains: ['welzijn-gezondheid-en-ondersteuning', 'vrije-tijd'],
    status: 'published',
    publishedAt: '2022-02-10T00:00:00.000Z',
    summary:
      'In Stein lopen ervaringsdeskundigen elk jaar een rondje door het gemeentehuis. Wat ze ' +
      'vinden, wordt binnen een jaar opgelost.',
    body: lexicalDocument([
      { heading: 'Samen kijken, samen oplossen' },
      {
        paragraph:
          'Een groep inwoners met een beperking test het gemeentehuis, de website en de brieven. ' +
          'Ze zien wat ambtenaren missen. De gemeente maakt een lijst en lost de punten op.',
      },
    ]),
    videoUrl: null,
    transcript: null,
  },
  {
    title: 'Oude IJsselstreek: samen spelen in elke kern',
    slug: 'oude-ijsselstreek-samen-spelen',
    kind: 'video',
    municipality: 'GM1509',
    lifeDomains: ['vrije-tijd', 'onderwijs-en-ontwikkeling'],
    status: 'published',
    publishedAt: '2024-12-05T00:00:00.000Z',
    summary:
      'In deze video vertellen ouders en de wethouder hoe Oude IJsselstreek in elke kern een ' +
      'speelplek maakte waar alle kinderen samen spelen.',
    body: lexicalDocument([
      {
        paragraph:
          'De gemeente bouwde de speelplekken samen met kinderen, ouders en de adviesraad. Ze ' +
          'koos toestellen waar kinderen in een rolstoel ook op kunnen.',
      },
    ]),
    videoUrl: 'https://video.example.org/iedereen-doet-mee/oude-ijsselstreek-samen-spelen',
    transcript:
      'Wethouder: Elk kind wil spelen. Met zijn vriendjes, dichtbij huis.\n' +
      'Moeder van Sem: Sem zit in een rolstoel. Vroeger keek hij vanaf de kant toe. Nu schommelt hij mee.\n' +
      'Wethouder: We hebben de kinderen zelf gevraagd wat ze willen. Zij kwamen met de beste ideeën.\n' +
      '(Beeld: kinderen spelen samen op een brede schommel en in een zandbak op tafelhoogte.)',
  },
  {
    title: 'Zwolle: werk voor iedereen bij de gemeente',
    slug: 'zwolle-werk-voor-iedereen',
    kind: 'article',
    municipality: 'GM0193',
    lifeDomains: ['werk-en-inkomen'],
    status: 'published',
    publishedAt: '2023-04-20T00:00:00.000Z',
    summary:
      'De gemeente Zwolle maakt banen op maat voor mensen met een beperking. Een jobcoach helpt ' +
      'nieuwe collega’s en hun team.',
    body: lexicalDocument([
      {
        paragraph:
          'Zwolle kijkt welk werk er blijft liggen en maakt daar een passende baan van. Zo krijgen ' +
          'mensen een echte baan en krijgt het team hulp.',
      },
    ]),
    videoUrl: null,
    transcript: null,
  },
  {
    title: 'Hengelo: toegankelijk stemmen',
    slug: 'hengelo-toegankelijk-stemmen',
    kind: 'video',
    municipality: 'GM0164',
    lifeDomains: ['welzijn-gezondheid-en-ondersteuning'],
    status: 'draft',
    publishedAt: null,
    summary:
      'Hoe Hengelo alle stembureaus toegankelijk maakte. De video wacht nog op een transcript.',
    body: null,
    videoUrl: 'https://video.example.org/iedereen-doet-mee/hengelo-toegankelijk-stemmen',
    transcript: null,
  },
]

export type SeedEvent = Pick<
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

export type SeedNews = Pick<
  News,
  'title' | 'slug' | 'summary' | 'body' | 'publishedAt' | 'lifeDomains'
> &
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
