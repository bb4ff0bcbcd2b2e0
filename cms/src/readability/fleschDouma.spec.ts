import { describe, expect, it } from 'vitest'
import { countSyllables, fleschDouma, readabilityStats, readingLevel } from './fleschDouma'
import { lexicalToPlainText } from './lexicalText'

describe('Dutch syllable counting', () => {
  it.each([
    ['huis', 1],
    ['gemeente', 3],
    ['iedereen', 3],
    ['toegankelijkheid', 5],
    ['ervaringsdeskundigen', 7],
    ['moeilijk', 2],
    ['nieuw', 1],
    ['Leeuwarden', 3],
    ['fraai', 1],
    ['mooi', 1],
    ['ideaal', 3],
    ['beëindigen', 4],
    ['geïnteresseerd', 5],
    ['één', 1],
    ['baby', 2],
    ['VN', 1],
    ['VN-verdrag', 2],
  ])('counts %s as %i syllable(s)', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables)
  })
})

describe('Flesch–Douma score', () => {
  it('applies 206.835 − 0.93 × words/sentence − 77 × syllables/word', () => {
    // 7 words, 11 syllables (ge-meen-te, in-wo-ners), 1 sentence: 206.835 − 6.51 − 121 = 79.325
    const text = 'De gemeente maakt een plan met inwoners.'

    expect(readabilityStats(text)).toEqual({ words: 7, sentences: 1, syllables: 11 })
    expect(fleschDouma(text)).toBe(79.3)
    expect(readingLevel(79.3)).toBe('b1-or-easier')
  })

  it('counts sentences at full stops, question marks and line breaks', () => {
    expect(readabilityStats('Wie doet mee? Iedereen! Samen.\nEen kop').sentences).toBe(4)
  })

  it('rates a long sentence of long words as harder than B1', () => {
    const score = fleschDouma(
      'De gemeente organiseert samen met ervaringsdeskundigen een inclusieve ' +
        'besluitvormingsprocedure voor toegankelijkheidsvraagstukken.',
    )

    expect(score).toBe(0)
    expect(readingLevel(score!)).toBe('harder-than-b1')
  })

  it('clamps very easy texts to 100', () => {
    expect(fleschDouma('Ik woon in een huis. Het huis is groot.')).toBe(100)
  })

  it('has no score for a text without words', () => {
    expect(fleschDouma('  … ')).toBeNull()
  })
})

describe('plain text of Lexical rich text', () => {
  it('puts each block on a line of its own', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', children: [{ type: 'text', text: 'Stap 1' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Zoek ' },
              { type: 'link', children: [{ type: 'text', text: 'draagvlak' }] },
              { type: 'text', text: '.' },
            ],
          },
        ],
      },
    }

    expect(lexicalToPlainText(value)).toBe('Stap 1\nZoek draagvlak.')
    expect(lexicalToPlainText(null)).toBe('')
  })
})
