const MAX_SLUG_LENGTH = 96

/** A URL-safe slug: "Wonen is hoofdzaak!" → "wonen-is-hoofdzaak", "financiële" → "financiele". */
export function formatSlug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
