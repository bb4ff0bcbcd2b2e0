import type { Municipality } from '../../municipalities/registry'

/** A4 portrait at 150 dpi: sharp enough to print, small enough to render on request. */
export const POSTER_WIDTH = 1240
export const POSTER_HEIGHT = 1754
/** The top part, where the edition's own poster image goes (when it is an image). */
export const POSTER_IMAGE_HEIGHT = 1000

export interface PosterEdition {
  year: number
  theme?: string | null
  rounds?: Array<{
    round?: string | null
    opensAt?: string | null
    closesAt?: string | null
  }> | null
}

export interface PosterText {
  heading: string
  municipality: string
  dates: string
  call: string
  /** The whole poster in words: the `alt` text for whoever shows it. */
  alt: string
}

const DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
})

/** What the poster says for one municipality, in Dutch, from the edition's public-vote dates. */
export function posterText(municipality: Municipality, edition: PosterEdition): PosterText {
  const vote = edition.rounds?.find((round) => round.round === 'public-vote')
  const heading = `Meest Toegankelijke Gemeente ${edition.year}`
  const dates =
    vote?.opensAt && vote.closesAt
      ? `Stem van ${DATE.format(new Date(vote.opensAt))} tot en met ${DATE.format(new Date(vote.closesAt))}`
      : 'De data van de publieksstemming volgen nog'
  const call = edition.theme
    ? `Thema: ${edition.theme}. Laat zien hoe toegankelijk ${municipality.name} is!`
    : `Laat zien hoe toegankelijk ${municipality.name} is!`
  return {
    heading,
    municipality: municipality.name,
    dates,
    call,
    alt: `Poster van de verkiezing ${heading} voor de gemeente ${municipality.name} (${municipality.province}). ${dates}. ${call}`,
  }
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Splits a line into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The text part of the poster as SVG over the full page: dark text on white below the image (a
 * contrast far above WCAG's 4.5:1), large type, the municipality's name largest. DejaVu Sans is
 * named first because the images install it (Dockerfile); librsvg falls back to any sans-serif.
 */
export function posterSvg(text: PosterText, withImage: boolean): string {
  const top = withImage ? POSTER_IMAGE_HEIGHT : 420
  const blocks: Array<{ lines: string[]; size: number; weight: number }> = [
    { lines: wrap(text.heading, 30), size: 56, weight: 700 },
    { lines: wrap(text.municipality, 18), size: 96, weight: 700 },
    { lines: wrap(text.dates, 38), size: 44, weight: 400 },
    { lines: wrap(text.call, 42), size: 40, weight: 400 },
  ]
  // Each line's baseline one line height below the last, and a gap between the blocks.
  let y = top + 40
  const lines: string[] = []
  for (const block of blocks) {
    y += 24
    for (const line of block.lines) {
      y += Math.round(block.size * 1.25)
      lines.push(
        `<text x="90" y="${y}" font-size="${block.size}" font-weight="${block.weight}">${escapeXml(line)}</text>`,
      )
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}" role="img">
  <title>${escapeXml(text.alt)}</title>
  ${withImage ? '' : `<rect width="${POSTER_WIDTH}" height="${top}" fill="#00586b"/>`}
  <rect y="${top}" width="${POSTER_WIDTH}" height="${POSTER_HEIGHT - top}" fill="#ffffff"/>
  <g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#1a1a1a">
  ${lines.join('\n  ')}
  </g>
  <rect y="${POSTER_HEIGHT - 40}" width="${POSTER_WIDTH}" height="40" fill="#00586b"/>
</svg>`
}
