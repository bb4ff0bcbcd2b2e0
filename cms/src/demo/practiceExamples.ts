import type { PracticeExample } from '../payload-types'
import { lexicalDocument } from './richText'
import type { Status } from './status'

type SeedPracticeExample = Pick<
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
