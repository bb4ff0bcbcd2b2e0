import type { Municipality } from '../../municipalities/registry'

/** What a ready-made text needs to know about its election edition. */
export interface ToolkitEdition {
  year: number
  theme?: string | null
}

/** The placeholders an organiser may use in a ready-made text, and what fills them. */
const TOOLKIT_PLACEHOLDERS = {
  gemeente: (municipality: Municipality) => municipality.name,
  provincie: (municipality: Municipality) => municipality.province,
  cbscode: (municipality: Municipality) => municipality.code,
  jaar: (_: Municipality, edition: ToolkitEdition) => String(edition.year),
  thema: (_: Municipality, edition: ToolkitEdition) => edition.theme ?? '',
} as const satisfies Record<string, (municipality: Municipality, edition: ToolkitEdition) => string>

const PLACEHOLDER = /\{([a-z]+)\}/g

const isPlaceholder = (name: string): name is keyof typeof TOOLKIT_PLACEHOLDERS =>
  Object.hasOwn(TOOLKIT_PLACEHOLDERS, name)

/**
 * A ready-made text for one municipality: `{gemeente}`, `{provincie}`, `{cbscode}`, `{jaar}` and
 * `{thema}` are filled in; any other `{…}` is left as written, so a typo stays visible.
 */
export function renderToolkitText(
  template: string,
  municipality: Municipality,
  edition: ToolkitEdition,
): string {
  return template.replace(PLACEHOLDER, (match, name: string) =>
    isPlaceholder(name) ? TOOLKIT_PLACEHOLDERS[name](municipality, edition) : match,
  )
}
