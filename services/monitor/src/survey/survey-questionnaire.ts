/**
 * The peiling questionnaire: editions and the questions each one asked. A question keeps its
 * code (and its option codes) across editions so answers can be compared over the years;
 * wording may be refined between editions without changing the code.
 */

export enum SurveyQuestionKind {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
}

export interface EditionDefinition {
  year: number
  titleNl: string
  titleEn: string
  /** Municipalities in the Netherlands when the survey ran (CBS, 1 January of that year). */
  municipalityCount: number
}

export interface OptionDefinition {
  code: string
  labelNl: string
  labelEn: string
}

export interface QuestionDefinition {
  code: string
  textNl: string
  textEn: string
  kind: SurveyQuestionKind
  options: OptionDefinition[]
  /** Years of the editions that asked it. */
  editions: number[]
}

export const SURVEY_EDITIONS: readonly EditionDefinition[] = [
  {
    year: 2018,
    titleNl: 'Peiling VN-verdrag Handicap 2018 (0-meting)',
    titleEn: 'CRPD survey 2018 (baseline)',
    municipalityCount: 380,
  },
  {
    year: 2019,
    titleNl: 'Peiling VN-verdrag Handicap 2019',
    titleEn: 'CRPD survey 2019',
    municipalityCount: 355,
  },
  {
    year: 2020,
    titleNl: 'Peiling VN-verdrag Handicap 2020',
    titleEn: 'CRPD survey 2020',
    municipalityCount: 355,
  },
  {
    year: 2021,
    titleNl: 'Peiling VN-verdrag Handicap 2021',
    titleEn: 'CRPD survey 2021',
    municipalityCount: 352,
  },
  {
    year: 2022,
    titleNl: 'Peiling VN-verdrag Handicap 2022',
    titleEn: 'CRPD survey 2022',
    municipalityCount: 345,
  },
  {
    year: 2023,
    titleNl: 'Peiling VN-verdrag Handicap 2023',
    titleEn: 'CRPD survey 2023',
    municipalityCount: 342,
  },
]

export const QUESTION_CODES = {
  conventionKnown: 'CONVENTION_KNOWN',
  implementationStage: 'IMPLEMENTATION_STAGE',
  lia: 'LIA_STATUS',
  obstacles: 'OBSTACLES',
  supportWanted: 'SUPPORT_WANTED',
  worksWithResidents: 'WORKS_WITH_RESIDENTS',
} as const

export const IMPLEMENTATION_STAGE_OPTIONS = {
  fullyEngaged: 'FULLY_ENGAGED',
  willingWithObstacles: 'WILLING_WITH_OBSTACLES',
  notStarted: 'NOT_STARTED',
} as const

export const LIA_STATUS_OPTIONS = {
  notStarted: 'NOT_STARTED',
  exploring: 'EXPLORING',
  inDevelopment: 'IN_DEVELOPMENT',
  adopted: 'ADOPTED',
  inExecution: 'IN_EXECUTION',
} as const

export const SURVEY_QUESTIONS: readonly QuestionDefinition[] = [
  {
    code: QUESTION_CODES.conventionKnown,
    textNl: 'Is het VN-verdrag Handicap bekend bij het college en de gemeenteraad?',
    textEn: 'Are the municipal executive and council familiar with the CRPD?',
    kind: SurveyQuestionKind.SINGLE_CHOICE,
    options: [
      { code: 'YES', labelNl: 'Ja', labelEn: 'Yes' },
      { code: 'PARTLY', labelNl: 'Gedeeltelijk', labelEn: 'Partly' },
      { code: 'NO', labelNl: 'Nee', labelEn: 'No' },
    ],
    editions: [2018, 2019],
  },
  {
    code: QUESTION_CODES.implementationStage,
    textNl:
      'In welke fase bevindt uw gemeente zich bij de implementatie van het VN-verdrag Handicap?',
    textEn: 'At what stage is your municipality in implementing the CRPD?',
    kind: SurveyQuestionKind.SINGLE_CHOICE,
    options: [
      {
        code: IMPLEMENTATION_STAGE_OPTIONS.fullyEngaged,
        labelNl: 'Volop bezig met de implementatie',
        labelEn: 'Fully engaged in implementation',
      },
      {
        code: IMPLEMENTATION_STAGE_OPTIONS.willingWithObstacles,
        labelNl: 'Wil aan de slag, maar loopt tegen belemmeringen aan',
        labelEn: 'Willing, but running into obstacles',
      },
      {
        code: IMPLEMENTATION_STAGE_OPTIONS.notStarted,
        labelNl: 'Nog niet gestart',
        labelEn: 'Not started yet',
      },
    ],
    editions: [2019, 2020, 2021, 2022, 2023],
  },
  {
    code: QUESTION_CODES.lia,
    textNl: 'Wat is de status van de Lokale Inclusie Agenda in uw gemeente?',
    textEn: 'What is the status of the Local Inclusion Agenda in your municipality?',
    kind: SurveyQuestionKind.SINGLE_CHOICE,
    options: [
      { code: LIA_STATUS_OPTIONS.notStarted, labelNl: 'Nog niet gestart', labelEn: 'Not started' },
      { code: LIA_STATUS_OPTIONS.exploring, labelNl: 'Verkennende fase', labelEn: 'Exploring' },
      {
        code: LIA_STATUS_OPTIONS.inDevelopment,
        labelNl: 'In ontwikkeling',
        labelEn: 'In development',
      },
      {
        code: LIA_STATUS_OPTIONS.adopted,
        labelNl: 'Vastgesteld, nog niet in uitvoering',
        labelEn: 'Adopted, not yet in execution',
      },
      { code: LIA_STATUS_OPTIONS.inExecution, labelNl: 'In uitvoering', labelEn: 'In execution' },
    ],
    editions: [2018, 2019, 2020, 2021, 2022, 2023],
  },
  {
    code: QUESTION_CODES.obstacles,
    textNl:
      'Welke belemmeringen ervaart uw gemeente bij de implementatie? (meerdere antwoorden mogelijk)',
    textEn:
      'Which obstacles does your municipality face in implementation? (several answers possible)',
    kind: SurveyQuestionKind.MULTIPLE_CHOICE,
    options: [
      { code: 'LACK_OF_CAPACITY', labelNl: 'Gebrek aan capaciteit', labelEn: 'Lack of capacity' },
      { code: 'LACK_OF_MONEY', labelNl: 'Gebrek aan geld', labelEn: 'Lack of money' },
      { code: 'LACK_OF_KNOWLEDGE', labelNl: 'Gebrek aan kennis', labelEn: 'Lack of knowledge' },
      {
        code: 'LOW_ADMINISTRATIVE_PRIORITY',
        labelNl: 'Weinig bestuurlijke prioriteit',
        labelEn: 'Low priority for the municipal executive',
      },
      {
        code: 'EXPERTS_HARD_TO_REACH',
        labelNl: 'Ervaringsdeskundigen zijn moeilijk te bereiken',
        labelEn: 'Experts by experience are hard to reach',
      },
      { code: 'NONE', labelNl: 'Geen belemmeringen', labelEn: 'No obstacles' },
    ],
    editions: [2018, 2019, 2020, 2021, 2022, 2023],
  },
  {
    code: QUESTION_CODES.supportWanted,
    textNl: 'Aan welke ondersteuning heeft uw gemeente behoefte? (meerdere antwoorden mogelijk)',
    textEn: 'What support does your municipality need? (several answers possible)',
    kind: SurveyQuestionKind.MULTIPLE_CHOICE,
    options: [
      {
        code: 'PROCESS_SUPPORT_EXPERTS',
        labelNl: 'Procesondersteuning bij het betrekken van ervaringsdeskundigen',
        labelEn: 'Process support for involving experts by experience',
      },
      {
        code: 'KNOWLEDGE_PRODUCTS',
        labelNl: 'Handzame kennisproducten',
        labelEn: 'Handy knowledge products',
      },
      {
        code: 'INTERACTIVE_WEBSITE',
        labelNl: 'Een interactieve website',
        labelEn: 'An interactive website',
      },
      { code: 'PRACTICE_EXAMPLES', labelNl: 'Praktijkvoorbeelden', labelEn: 'Practice examples' },
      {
        code: 'PEER_MEETINGS',
        labelNl: 'Bijeenkomsten met andere gemeenten',
        labelEn: 'Meetings with other municipalities',
      },
      { code: 'NONE', labelNl: 'Geen ondersteuning nodig', labelEn: 'No support needed' },
    ],
    editions: [2020, 2021, 2022, 2023],
  },
  {
    code: QUESTION_CODES.worksWithResidents,
    textNl: 'Werkt uw gemeente samen met inwoners met een beperking (ervaringsdeskundigen)?',
    textEn: 'Does your municipality work with residents with a disability (experts by experience)?',
    kind: SurveyQuestionKind.SINGLE_CHOICE,
    options: [
      { code: 'YES_STRUCTURALLY', labelNl: 'Ja, structureel', labelEn: 'Yes, structurally' },
      { code: 'YES_OCCASIONALLY', labelNl: 'Ja, af en toe', labelEn: 'Yes, occasionally' },
      { code: 'NO', labelNl: 'Nee', labelEn: 'No' },
    ],
    editions: [2018, 2019, 2020, 2021, 2022, 2023],
  },
]
