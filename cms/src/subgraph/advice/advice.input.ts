import {
  ADVICE_FORMS,
  ADVICE_THEMES,
  type AdviceForm,
  type AdviceTheme,
} from '../../collections/AdviceRequests/topics'
import { municipalityCodeProblem } from '../../fields/municipality'
import { CRPD_ARTICLES } from '../../taxonomy/crpdArticles'
import { LIFE_DOMAINS } from '../../taxonomy/lifeDomains'
import { adviceInputError } from './advice.errors'

/** `requestAdvice`'s input as GraphQL hands it over (enum values already the stored ones). */
export interface RequestAdviceInput {
  municipalityCode: string
  lifeDomains?: readonly string[] | null
  crpdArticles?: readonly number[] | null
  topics?: readonly AdviceTheme[] | null
  question: string
  preferredForm: AdviceForm
  contact: {
    name: string
    email?: string | null
    phone?: string | null
    organisationRole?: string | null
  }
}

/** A request that passed every check, trimmed and without duplicates. */
export interface ValidAdviceInput {
  municipalityCode: string
  lifeDomains: string[]
  crpdArticles: number[]
  themes: AdviceTheme[]
  question: string
  preferredForm: AdviceForm
  contact: {
    name: string
    email: string | null
    phone: string | null
    organisationRole: string | null
  }
}

export const QUESTION_LENGTH = { min: 10, max: 4000 } as const
const NAME_MAX = 200
const EMAIL_MAX = 254
const ROLE_MAX = 200
// Practical, not RFC 5322: one @, a dot in the domain, no spaces or angle brackets.
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/

const blankAsNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}

/** Checks every field of the input; BAD_USER_INPUT naming the first field that is wrong. */
export function validateAdviceInput(input: RequestAdviceInput): ValidAdviceInput {
  const municipalityCode = input.municipalityCode.trim()
  const problem = municipalityCodeProblem(municipalityCode)
  if (problem) throw adviceInputError(`input.municipalityCode: ${problem.en}`)

  const lifeDomains = unique(input.lifeDomains ?? [])
  for (const slug of lifeDomains) {
    if (!LIFE_DOMAINS.some((domain) => domain.slug === slug)) {
      throw adviceInputError(
        `input.lifeDomains: ${JSON.stringify(slug)} is not a life domain (one of ${LIFE_DOMAINS.map((domain) => domain.slug).join(', ')})`,
      )
    }
  }
  const crpdArticles = unique(input.crpdArticles ?? [])
  for (const number of crpdArticles) {
    if (!CRPD_ARTICLES.some((article) => article.number === number)) {
      throw adviceInputError(
        `input.crpdArticles: ${number} is not a CRPD article listed by the programme`,
      )
    }
  }
  const themes = unique(input.topics ?? []).filter((theme) => ADVICE_THEMES.includes(theme))
  if (lifeDomains.length + crpdArticles.length + themes.length === 0) {
    throw adviceInputError(
      'input: name at least one topic (lifeDomains, crpdArticles or topics), so the right adviser picks it up',
    )
  }

  const question = input.question.trim()
  if (question.length < QUESTION_LENGTH.min || question.length > QUESTION_LENGTH.max) {
    throw adviceInputError(
      `input.question: between ${QUESTION_LENGTH.min} and ${QUESTION_LENGTH.max} characters, got ${question.length}`,
    )
  }
  if (!ADVICE_FORMS.includes(input.preferredForm)) {
    throw adviceInputError(`input.preferredForm: one of ${ADVICE_FORMS.join(', ')}`)
  }

  const name = input.contact.name.trim()
  if (name.length < 2 || name.length > NAME_MAX) {
    throw adviceInputError(`input.contact.name: between 2 and ${NAME_MAX} characters`)
  }
  const email = blankAsNull(input.contact.email)?.toLowerCase() ?? null
  if (email !== null && (email.length > EMAIL_MAX || !EMAIL.test(email))) {
    throw adviceInputError('input.contact.email: not an e-mail address')
  }
  const phone = blankAsNull(input.contact.phone)
  if (phone !== null && !PHONE.test(phone)) {
    throw adviceInputError(
      'input.contact.phone: digits, spaces, ( ) and -, 6 to 20 characters, optionally starting with +',
    )
  }
  const organisationRole = blankAsNull(input.contact.organisationRole)
  if (organisationRole !== null && organisationRole.length > ROLE_MAX) {
    throw adviceInputError(`input.contact.organisationRole: at most ${ROLE_MAX} characters`)
  }

  return {
    municipalityCode,
    lifeDomains,
    crpdArticles,
    themes,
    question,
    preferredForm: input.preferredForm,
    contact: { name, email, phone, organisationRole },
  }
}
