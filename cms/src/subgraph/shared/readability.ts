import { lexicalToPlainText } from '../../readability/lexicalText'

/** Reading level of a text as the CMS scored it on save (Flesch–Douma). */
export interface ReadabilityModel {
  score: number | null
  level: 'B1_OR_EASIER' | 'HARDER_THAN_B1' | 'UNKNOWN'
  /** The same advice the admin shows beside the score, in Dutch; null when the text is B1. */
  hint: string | null
}

export const READABILITY_HINT =
  'Deze tekst is moeilijker dan taalniveau B1. Maak zinnen korter en kies kortere, gewone woorden.'

export function toReadability(
  stored: { score?: number | null; level?: string | null } | null | undefined,
): ReadabilityModel {
  const level =
    stored?.level === 'b1-or-easier'
      ? 'B1_OR_EASIER'
      : stored?.level === 'harder-than-b1'
        ? 'HARDER_THAN_B1'
        : 'UNKNOWN'
  return {
    score: stored?.score ?? null,
    level,
    hint: level === 'HARDER_THAN_B1' ? READABILITY_HINT : null,
  }
}

/** Rich text (Lexical JSON) as plain text, paragraphs separated by line breaks; null when empty. */
export function toPlainText(value: unknown): string | null {
  const text = lexicalToPlainText(value)
  return text === '' ? null : text
}

/** The `bodyText` field of every model with a stored rich-text `body`: derived only when asked. */
export const bodyTextOf = ({ body }: { body: unknown }): string | null => toPlainText(body)

/** ISO 8601 of a stored date, or null. */
export const isoDate = (value: string | null | undefined): string | null =>
  value ? new Date(value).toISOString() : null
