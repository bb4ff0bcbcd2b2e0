import type { KnowledgeProduct } from '../payload-types'
import type { SeedMediaKey } from './media'
import { lexicalDocument, type Block } from './richText'
import type { Status } from './status'

type SeedKnowledgeProduct = Pick<
  KnowledgeProduct,
  | 'title'
  | 'slug'
  | 'type'
  | 'summary'
  | 'body'
  | 'municipalities'
  | 'publishedAt'
  | 'lifeDomains'
  | 'crpdArticles'
> &
  Status & {
    file?: SeedMediaKey
    coverImage?: SeedMediaKey
    /** Queue a scheduled publication at this moment (ISO 8601) for a draft. */
    publishOn?: string
  }

/** The route map of the guide: eleven steps from support to evaluation. */
const ROUTE_MAP: ReadonlyArray<[string, string]> = [
  [
    'Zorg voor draagvlak',
    'Zorg dat het college en de raad achter de inclusieagenda staan. Maak één wethouder eigenaar en spreek af wat de agenda mag kosten.',
  ],
  [
    'Betrek ervaringsdeskundigen',
    'Werk vanaf het begin samen met inwoners met een beperking. Zij weten waar het in de praktijk knelt. Betaal hen voor hun tijd.',
  ],
  [
    'Stel een kernteam samen',
    'Kies een klein team van ambtenaren en ervaringsdeskundigen. Zorg dat er mensen van wonen, werk, vervoer en welzijn in zitten.',
  ],
  [
    'Breng in kaart wat er al is',
    'Kijk welk beleid, welke plannen en welke voorzieningen er al zijn. Zo bouwt u voort op wat goed gaat.',
  ],
  [
    'Haal knelpunten op',
    'Vraag inwoners waar zij tegenaan lopen. Doe dat op veel manieren: in gesprekken, met een enquête en tijdens een wandeling door de wijk.',
  ],
  [
    'Kies prioriteiten',
    'U kunt niet alles tegelijk doen. Kies samen een paar onderwerpen die het meeste verschil maken voor inwoners.',
  ],
  [
    'Schrijf de agenda',
    'Zet per prioriteit op papier wat u wilt bereiken, wie eigenaar is, wat het kost en wanneer het klaar is.',
  ],
  [
    'Laat de raad besluiten',
    'Leg de agenda voor aan de gemeenteraad. Een besluit van de raad geeft de agenda gewicht en geld.',
  ],
  [
    'Voer uit en werk samen',
    'Ga aan de slag met partners zoals woningcorporaties, werkgevers, scholen en vervoerders. Niemand kan het alleen.',
  ],
  [
    'Vertel wat er gebeurt',
    'Laat inwoners regelmatig weten wat er is gedaan en wat er nog komt. Gebruik daarvoor eenvoudige taal en toegankelijke kanalen.',
  ],
  [
    'Evalueer en stel bij',
    'Kijk elk jaar samen met ervaringsdeskundigen wat er is bereikt. Pas de agenda aan waar dat nodig is en begin opnieuw bij stap 1.',
  ],
]

const routeMap = (): Block[] =>
  ROUTE_MAP.flatMap(([heading, paragraph], index): Block[] => [
    { heading: `Stap ${index + 1}: ${heading}` },
    { paragraph },
  ])

/**
 * Knowledge products of the VNG programme "Iedereen doet mee!". One is left as a draft, so the
 * difference between what anonymous readers and editors see is visible from the start.
 */
export const KNOWLEDGE_PRODUCTS: readonly SeedKnowledgeProduct[] = [
  {
    title: 'Handreiking Lokale Inclusie Agenda',
    slug: 'handreiking-lokale-inclusie-agenda',
    type: 'handreiking',
    status: 'published',
    publishedAt: '2019-05-14T00:00:00.000Z',
    file: 'handreiking-pdf',
    coverImage: 'handreiking-cover',
    lifeDomains: [
      'onderwijs-en-ontwikkeling',
      'thuis',
      'werk-en-inkomen',
      'vrije-tijd',
      'vervoer',
      'welzijn-gezondheid-en-ondersteuning',
    ],
    crpdArticles: ['3', '4', '33'],
    summary:
      'Hoe maakt u als gemeente een lokale inclusieagenda, samen met inwoners met een beperking? ' +
      'Deze handreiking helpt stap voor stap om het VN-verdrag Handicap lokaal uit te voeren.',
    municipalities: [],
    body: lexicalDocument([
      { heading: 'Waarom een lokale inclusieagenda?' },
      {
        paragraph:
          'Sinds 2016 geldt in Nederland het VN-verdrag inzake de rechten van personen met een ' +
          'handicap. Gemeenten leggen in een lokale inclusieagenda vast hoe zij ervoor zorgen dat ' +
          'iedereen kan meedoen: op school, op het werk, in het verkeer en in de buurt.',
      },
      { heading: 'De routekaart in elf stappen' },
      ...routeMap(),
    ]),
  },
  {
    title: 'Wonen is hoofdzaak',
    slug: 'wonen-is-hoofdzaak',
    type: 'inspiratiebundel',
    status: 'published',
    publishedAt: '2021-10-05T00:00:00.000Z',
    coverImage: 'wonen-cover',
    lifeDomains: ['thuis'],
    crpdArticles: ['9', '19', '28'],
    summary:
      'Voorbeelden van gemeenten die ervoor zorgen dat mensen met een beperking een passende ' +
      'woning vinden en zo zelfstandig mogelijk kunnen blijven wonen.',
    municipalities: ['GM0363', 'GM0344'],
    body: lexicalDocument([
      { heading: 'Een thuis om mee te doen' },
      {
        paragraph:
          'Een toegankelijke, betaalbare woning is de basis om mee te kunnen doen. In deze bundel ' +
          'laten gemeenten zien hoe zij woningcorporaties, zorgaanbieders en inwoners samenbrengen.',
      },
      {
        paragraph:
          'De bundel gaat onder meer over woningtoewijzing, aanpassingen in bestaande woningen en ' +
          'levensloopbestendig bouwen in nieuwe wijken.',
      },
    ]),
  },
  {
    title: 'Organiseer ervaringsdeskundigheid',
    slug: 'organiseer-ervaringsdeskundigheid',
    type: 'inspiratiebundel',
    status: 'draft',
    publishedAt: null,
    lifeDomains: ['welzijn-gezondheid-en-ondersteuning'],
    crpdArticles: ['4', '29'],
    summary:
      'Hoe betrekt u ervaringsdeskundigen blijvend bij beleid en uitvoering? Voorbeelden van ' +
      'adviesraden, panels en meedenkgroepen, en wat zij nodig hebben om goed mee te praten.',
    municipalities: ['GM0363', 'GM0599'],
    body: lexicalDocument([
      { heading: 'Niets over ons zonder ons' },
      {
        paragraph:
          'Ervaringsdeskundigen weten als geen ander waar beleid in de praktijk knelt. Deze bundel ' +
          'laat zien hoe gemeenten hun inbreng vanaf het begin organiseren en er ook naar handelen.',
      },
    ]),
  },
  {
    title: 'Inclusief werkgeverschap',
    slug: 'inclusief-werkgeverschap',
    type: 'inspiratiebundel',
    status: 'draft',
    publishedAt: null,
    lifeDomains: ['werk-en-inkomen'],
    crpdArticles: ['27'],
    summary:
      'Hoe geeft u als gemeente zelf het goede voorbeeld als werkgever? Voorbeelden van gemeenten ' +
      'die mensen met een beperking aannemen, begeleiden en laten doorgroeien.',
    municipalities: ['GM0193'],
    body: lexicalDocument([
      { heading: 'Het goede voorbeeld geven' },
      {
        paragraph:
          'Een gemeente is vaak een van de grootste werkgevers in de regio. Deze bundel laat zien ' +
          'hoe gemeenten banen geschikt maken, collega’s voorbereiden en werk blijvend maken.',
      },
    ]),
  },
  {
    title: 'Aan de slag met samen spelen',
    slug: 'aan-de-slag-met-samen-spelen',
    type: 'inspiratiebundel',
    status: 'draft',
    publishedAt: null,
    // Scheduled: the jobs queue publishes it on this day (see docs/cms.md).
    publishOn: '2027-03-01T08:00:00.000Z',
    lifeDomains: ['vrije-tijd', 'onderwijs-en-ontwikkeling'],
    crpdArticles: ['30'],
    summary:
      'Speeltuinen waar alle kinderen samen kunnen spelen. Tips en voorbeelden voor gemeenten die ' +
      'een speelplek inclusief willen maken, samen met kinderen en ouders.',
    municipalities: ['GM1509'],
    body: lexicalDocument([
      { heading: 'Spelen is voor ieder kind' },
      {
        paragraph:
          'Kinderen met en zonder beperking willen samen spelen. Een inclusieve speeltuin is ' +
          'goed bereikbaar, heeft toestellen voor iedereen en plekken om even tot rust te komen.',
      },
    ]),
  },
]
