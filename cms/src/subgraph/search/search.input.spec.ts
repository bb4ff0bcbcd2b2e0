import { describe, expect, it } from 'vitest'
import { ContentError, ContentErrorCode } from '../shared/errors'
import { HIT_END, HIT_START, parseSearch, toSnippet } from './search.input'

const badUserInput = expect.objectContaining({
  code: ContentErrorCode.BadUserInput,
}) as ContentError

describe('search input', () => {
  it('turns every word into a required prefix, and nothing else into the tsquery', () => {
    expect(parseSearch("  Inclu' | !woningen:* & (privé) ", null)).toMatchObject({
      text: "Inclu' | !woningen:* & (privé)",
      tsquery: "'inclu':* & 'woningen':* & 'privé':*",
      types: ['KNOWLEDGE_PRODUCT', 'PRACTICE_EXAMPLE', 'EVENT', 'NEWS_ITEM'],
      lifeDomains: null,
    })
  })

  it('keeps the types asked for, in tie-break order, and the life domains once each', () => {
    expect(
      parseSearch('wonen', { types: ['NEWS_ITEM', 'EVENT'], lifeDomains: ['thuis', 'thuis'] }),
    ).toMatchObject({ types: ['EVENT', 'NEWS_ITEM'], lifeDomains: ['thuis'] })
    expect(parseSearch('wonen', { types: [], lifeDomains: [] })).toMatchObject({
      types: ['KNOWLEDGE_PRODUCT', 'PRACTICE_EXAMPLE', 'EVENT', 'NEWS_ITEM'],
      lifeDomains: null,
    })
  })

  it.each([
    ['one character', 'a', null],
    ['201 characters', 'x'.repeat(201), null],
    ['only blanks around one character', '   b   ', null],
    ['no letter or digit', '?!', null],
    ['an unknown type', 'wonen', { types: ['BOGUS'] }],
    ['an unknown life domain', 'wonen', { lifeDomains: ['maan'] }],
  ])('refuses %s with BAD_USER_INPUT', (_, query, filter) => {
    expect(() => parseSearch(query, filter)).toThrow(badUserInput)
  })
})

describe('snippets', () => {
  it('escapes the text and marks only the hits', () => {
    expect(toSnippet(`Kinderen & "ouders": ${HIT_START}<b>route</b>${HIT_END}\n 3 < 4 't`)).toBe(
      'Kinderen &amp; &quot;ouders&quot;: <mark>&lt;b&gt;route&lt;/b&gt;</mark> 3 &lt; 4 &#39;t',
    )
  })
})
