import { describe, expect, it } from 'vitest'
import { formatSlug, SLUG_PATTERN } from './formatSlug'

describe('formatSlug', () => {
  it.each([
    ['Wonen is hoofdzaak', 'wonen-is-hoofdzaak'],
    ['Handreiking Lokale Inclusie Agenda', 'handreiking-lokale-inclusie-agenda'],
    ['Financiële  zelfredzaamheid: één aanpak!', 'financiele-zelfredzaamheid-een-aanpak'],
    ['  --Al een slug--  ', 'al-een-slug'],
  ])('turns %j into %j', (title, slug) => {
    expect(formatSlug(title)).toBe(slug)
    expect(slug).toMatch(SLUG_PATTERN)
  })

  it('keeps slugs to 96 characters without a trailing hyphen', () => {
    const slug = formatSlug(`${'a'.repeat(95)} b`)

    expect(slug).toBe('a'.repeat(95))
  })
})
