import type { ElectionEdition, Nomination, ToolkitItem } from '../payload-types'
import type { SeedMediaKey } from './media'
import type { Status } from './status'

type SeedEdition = Pick<
  ElectionEdition,
  'year' | 'theme' | 'rounds' | 'ratingQuestions' | 'jury' | 'awards'
> &
  Status

const AMSTERDAM = 'Europe/Amsterdam' as const

const round = (
  name: 'rating' | 'public-vote' | 'jury',
  opensAt: string,
  closesAt: string,
): NonNullable<ElectionEdition['rounds']>[number] => ({
  round: name,
  opensAt,
  opensAt_tz: AMSTERDAM,
  closesAt,
  closesAt_tz: AMSTERDAM,
})

const QUESTIONS: NonNullable<ElectionEdition['ratingQuestions']> = [
  {
    lifeDomain: 'thuis',
    question: 'Kunnen inwoners met een beperking een passende woning vinden in uw gemeente?',
    influence: 'partial',
    weight: 2,
  },
  {
    lifeDomain: 'werk-en-inkomen',
    question: 'Werken er mensen met een beperking bij de gemeente zelf?',
    influence: 'direct',
    weight: 2,
  },
  {
    lifeDomain: 'vervoer',
    question: 'Zijn bushaltes en stoepen in de kernen goed te gebruiken met een rolstoel?',
    influence: 'partial',
    weight: 1,
  },
  {
    lifeDomain: 'vrije-tijd',
    question: 'Kunnen alle kinderen samen spelen op de speelplekken van de gemeente?',
    influence: 'direct',
    weight: 1,
  },
  {
    lifeDomain: 'onderwijs-en-ontwikkeling',
    question: 'Kunnen kinderen met een beperking naar een school in de buurt?',
    influence: 'indirect',
    weight: 1,
  },
  {
    lifeDomain: 'welzijn-gezondheid-en-ondersteuning',
    question: 'Praten ervaringsdeskundigen mee over het beleid van de gemeente?',
    influence: 'direct',
    weight: 3,
  },
]

/** The editions 2021 and 2024 as they happened; juries are fictitious demo names. */
export const EDITIONS: readonly SeedEdition[] = [
  {
    year: 2021,
    theme: 'Iedereen doet mee in de buurt',
    status: 'published',
    rounds: [
      round('rating', '2021-02-28T23:00:00.000Z', '2021-04-30T21:59:00.000Z'),
      round('public-vote', '2021-05-31T22:00:00.000Z', '2021-08-31T21:59:00.000Z'),
      round('jury', '2021-09-14T22:00:00.000Z', '2021-10-15T21:59:00.000Z'),
    ],
    ratingQuestions: QUESTIONS,
    jury: [
      { name: 'Marieke Jansen', role: 'Voorzitter, ervaringsdeskundige' },
      { name: 'Peter de Vries', role: 'VNG' },
      { name: 'Samira El Amrani', role: 'Ieder(in)' },
    ],
    awards: { winner: 'GM0971', encouragementPrizes: ['GM0193'] },
  },
  {
    year: 2024,
    theme: 'Samen maken we het verschil',
    status: 'published',
    rounds: [
      round('rating', '2024-02-29T23:00:00.000Z', '2024-04-30T21:59:00.000Z'),
      round('public-vote', '2024-05-31T22:00:00.000Z', '2024-09-01T21:59:00.000Z'),
      round('jury', '2024-09-15T22:00:00.000Z', '2024-10-31T22:59:00.000Z'),
    ],
    ratingQuestions: QUESTIONS,
    jury: [
      { name: 'Marieke Jansen', role: 'Voorzitter, ervaringsdeskundige' },
      { name: 'Joost Bakker', role: 'Wethouder van een eerdere winnaar' },
      { name: 'Lotte Visser', role: 'VNG' },
    ],
    awards: { winner: 'GM1509', encouragementPrizes: ['GM0599'] },
  },
]

type SeedNomination = Pick<
  Nomination,
  | 'municipality'
  | 'stage'
  | 'rank'
  | 'motivation'
  | 'juryReport'
  | 'campaignContact'
  | 'organiserNotes'
> & { year: number } & Status

const contact = (name: string, email: string, phone: string) => ({ name, email, phone })

/** Nominations; contact persons are fictitious, with example.org addresses. */
export const NOMINATIONS: readonly SeedNomination[] = [
  {
    year: 2021,
    municipality: 'GM0971',
    stage: 'winner',
    rank: 1,
    motivation: 'Stein laat inwoners met een beperking zelf het gemeentehuis en de buurt testen.',
    juryReport: 'De jury prijst de vaste rol van ervaringsdeskundigen en de snelle opvolging.',
    campaignContact: contact('Mark Stevens', 'campagne@stein.example.org', '046 000 0001'),
    organiserNotes: 'Prijsuitreiking in het gemeentehuis; wethouder aanwezig.',
    status: 'published',
  },
  {
    year: 2021,
    municipality: 'GM0193',
    stage: 'encouragement-prize',
    rank: 2,
    motivation: 'Zwolle maakt banen op maat bij de eigen organisatie.',
    juryReport: 'Een sterke start; de jury ziet graag meer inwoners betrokken bij de keuzes.',
    campaignContact: contact('Ellen Smit', 'campagne@zwolle.example.org', '038 000 0002'),
    organiserNotes: null,
    status: 'published',
  },
  ...[
    ['GM0160', 'Hardenberg'],
    ['GM0243', 'Harderwijk'],
    ['GM1509', 'Oude IJsselstreek'],
  ].map(([municipality, name], index): SeedNomination => ({
    year: 2021,
    municipality: municipality!,
    stage: 'finalist',
    rank: index + 3,
    motivation: `${name} werkt met een actieve adviesraad aan een toegankelijke gemeente.`,
    juryReport: null,
    campaignContact: contact(
      `Contactpersoon ${name}`,
      `campagne@${municipality!.toLowerCase()}.example.org`,
      `0${index + 5}0 000 00${index + 3}`,
    ),
    organiserNotes: null,
    status: 'published',
  })),
  {
    year: 2024,
    municipality: 'GM1509',
    stage: 'winner',
    rank: 1,
    motivation:
      'Oude IJsselstreek maakte in elke kern een speelplek waar alle kinderen samen spelen.',
    juryReport:
      'De jury was onder de indruk van hoe de gemeente inwoners laat meebeslissen, van speelplek tot woning.',
    campaignContact: contact(
      'Gijs Hendriks',
      'campagne@oude-ijsselstreek.example.org',
      '0315 000 001',
    ),
    organiserNotes: 'Wil in 2027 een inspiratiesessie geven.',
    status: 'published',
  },
  {
    year: 2024,
    municipality: 'GM0599',
    stage: 'encouragement-prize',
    rank: 2,
    motivation: 'Rotterdam betrekt in elke wijk ervaringsdeskundigen bij nieuwe plannen.',
    juryReport: 'Een grote stad die laat zien dat meepraten in elke wijk kan.',
    campaignContact: contact('Rosa de Wit', 'campagne@rotterdam.example.org', '010 000 0002'),
    organiserNotes: null,
    status: 'published',
  },
  ...[
    ['GM0770', 'Eersel'],
    ['GM0160', 'Hardenberg'],
    ['GM0164', 'Hengelo'],
    ['GM1699', 'Noordenveld'],
  ].map(([municipality, name], index): SeedNomination => ({
    year: 2024,
    municipality: municipality!,
    stage: 'nominated',
    rank: null,
    motivation: `Inwoners van ${name} droegen hun gemeente voor om haar toegankelijke aanpak.`,
    juryReport: null,
    campaignContact: contact(
      `Contactpersoon ${name}`,
      `campagne@${municipality!.toLowerCase()}.example.org`,
      `0${index + 5}0 000 01${index}`,
    ),
    organiserNotes: index === 2 ? 'Contactpersoon wisselt per 1 januari.' : null,
    status: 'published',
  })),
]

type SeedToolkitItem = Pick<ToolkitItem, 'title' | 'kind' | 'description' | 'template'> & {
  year: number
  poster?: SeedMediaKey
  /** Slug of the event of an inspiration session. */
  event?: string
} & Status

export const TOOLKIT_ITEMS: readonly SeedToolkitItem[] = [
  {
    year: 2024,
    title: 'Poster: stem op uw gemeente',
    kind: 'poster',
    description: 'Een poster om inwoners op te roepen te stemmen.',
    template: null,
    poster: 'poster-2024',
    status: 'published',
  },
  {
    year: 2024,
    title: 'Persbericht: genomineerd',
    kind: 'text',
    description: 'Een kant-en-klaar persbericht voor genomineerde gemeenten.',
    template:
      '{gemeente} is genomineerd voor de verkiezing Meest Toegankelijke Gemeente {jaar}! ' +
      'Als een van de gemeenten in {provincie} maakt {gemeente} kans op de titel. ' +
      'Stem ook op {gemeente}: samen laten we zien dat iedereen meedoet.',
    status: 'published',
  },
  {
    year: 2024,
    title: 'Inspiratiesessie voor deelnemende gemeenten',
    kind: 'inspiration-session',
    description: 'Winnaars van eerdere jaren vertellen hoe zij hun inwoners meekregen.',
    template: null,
    event: 'inspiratiesessie-mtg-2027',
    status: 'published',
  },
]
