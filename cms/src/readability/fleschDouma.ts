/**
 * Dutch readability by the Flesch–Douma formula:
 * 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word).
 * Higher is easier. The score is clamped to 0–100, the range editors know from other tools.
 */

/** Vowel groups that Dutch pronounces as one sound, longest first so that "oei" beats "oe". */
const VOWEL_GROUPS = [
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'ij',
  'ei',
  'ui',
  'oe',
  'ou',
  'au',
  'eu',
  'ie',
  'aa',
  'ee',
  'oo',
  'uu',
] as const

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])

/** A letter with a diaeresis (trema) starts a new syllable: beëindigen, geïnteresseerd. */
const TREMA = /[äëïöü]/

function countVowelGroups(segment: string): number {
  let count = 0
  let i = 0
  while (i < segment.length) {
    const char = segment[i] ?? ''
    const isVowelStart = VOWELS.has(char) || segment.startsWith('ij', i)
    if (!isVowelStart) {
      i++
      continue
    }
    const group = VOWEL_GROUPS.find((candidate) => segment.startsWith(candidate, i))
    i += group ? group.length : 1
    count++
  }
  return count
}

/**
 * Syllables of one Dutch word, counted by vowel groups: every single vowel or Dutch diphthong
 * (ij, ei, ui, oe, ou, au, eu, ie, aa, ee, oo, uu, and aai, ooi, oei, eeu, ieu) is one syllable;
 * a trema splits. A word without vowels (an abbreviation like "VN") counts as one syllable.
 */
export function countSyllables(word: string): number {
  const lower = word.toLowerCase()
  // Split before every trema letter, then drop all accents: "beëindigen" → "be" + "eindigen".
  const segments = lower
    .split(new RegExp(`(?=${TREMA.source})`))
    .map((segment) => segment.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
  const count = segments.reduce((sum, segment) => sum + countVowelGroups(segment), 0)
  return Math.max(1, count)
}

/** Words of a text: whitespace-separated tokens that contain a letter or a digit. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token))
}

/**
 * Sentences of a text: ended by . ! or ? before whitespace or the end, or by a line break (a
 * heading or list item without a full stop is a sentence of its own).
 */
export function sentences(text: string): string[] {
  return text
    .split(/[.!?]+(?=\s|$)|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0)
}

export interface ReadabilityStats {
  words: number
  sentences: number
  syllables: number
}

export function readabilityStats(text: string): ReadabilityStats {
  const allWords = words(text)
  return {
    words: allWords.length,
    sentences: sentences(text).length,
    syllables: allWords.reduce((sum, word) => sum + countSyllables(word), 0),
  }
}

/** The Flesch–Douma score of a Dutch text (0–100, one decimal), or null for a text without words. */
export function fleschDouma(text: string): number | null {
  const stats = readabilityStats(text)
  if (stats.words === 0) return null
  const score =
    206.835 -
    0.93 * (stats.words / Math.max(1, stats.sentences)) -
    77 * (stats.syllables / stats.words)
  return Math.round(Math.min(100, Math.max(0, score)) * 10) / 10
}

/** Reading levels the CMS tells editors; B1 is the level most Dutch adults read with ease. */
export const READING_LEVELS = ['b1-or-easier', 'harder-than-b1'] as const
export type ReadingLevel = (typeof READING_LEVELS)[number]

/**
 * Scores of 60 and up ("normal" and easier on the Flesch–Douma scale) count as B1 or easier. A
 * formula cannot measure B1 exactly (it knows no word frequencies); it flags texts to rewrite.
 */
const B1_MIN_SCORE = 60

export function readingLevel(score: number): ReadingLevel {
  return score >= B1_MIN_SCORE ? 'b1-or-easier' : 'harder-than-b1'
}
