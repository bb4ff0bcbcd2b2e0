import type { KnowledgeProduct, User } from '../payload-types'
import { lexicalDocument } from './lexical'

export interface DemoUser {
  email: string
  name: string
  role: User['role']
}

/** Demo accounts; they get the DEMO_PASSWORD. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@example.org', name: 'Anouk de Beheerder', role: 'admin' },
  { email: 'redacteur@example.org', name: 'Ruben de Redacteur', role: 'editor' },
]

export type SeedKnowledgeProduct = Pick<
  KnowledgeProduct,
  'title' | 'slug' | 'type' | 'summary' | 'body' | 'municipalities' | 'publishedAt'
> & { status: 'published' | 'draft' }

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
      { heading: 'In vier stappen' },
      {
        paragraph:
          'Breng in kaart waar inwoners met een beperking tegenaan lopen. Maak dat samen met ' +
          'ervaringsdeskundigen, niet over hen. Kies een paar concrete prioriteiten met een ' +
          'eigenaar en een planning. En kijk elk jaar wat er is bereikt en wat er beter kan.',
      },
    ]),
  },
  {
    title: 'Wonen is hoofdzaak',
    slug: 'wonen-is-hoofdzaak',
    type: 'inspiratiebundel',
    status: 'published',
    publishedAt: '2021-10-05T00:00:00.000Z',
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
]
