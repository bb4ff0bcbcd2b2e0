import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical'

export interface AxeNode {
  target: string[]
  html: string
}

export interface AxeViolation {
  id: string
  impact: AxeImpact | null
  help: string
  nodes: AxeNode[]
}

/** Runs axe-core (WCAG 2.x A/AA and best practices: axe's defaults) on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axeScript })
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }
    ).axe.run()
    return result.violations
  })
  // Only what the report and the assertions read, so the JSON artefact stays small.
  return (violations as AxeViolation[]).map(({ id, impact, help, nodes }) => ({
    id,
    impact,
    help,
    nodes: nodes.map(({ target, html }) => ({ target, html })),
  }))
}

export const isSerious = (violation: AxeViolation) =>
  violation.impact === 'serious' || violation.impact === 'critical'

/**
 * A serious or critical axe finding that comes from Payload's own components and cannot be
 * fixed from this project's configuration, CSS or custom components without patching Payload.
 * Every entry is documented in docs/accessibility.md with its upstream issue.
 */
export interface KnownViolation {
  rule: string
  /** Why it remains, in one sentence. */
  reason: string
  /** The upstream issue or pull request (payloadcms/payload unless stated). */
  upstream: string
  /** Only nodes whose selector or markup matches are covered, so a new node of the rule fails. */
  nodes: RegExp
}

/** A node is covered when its rule is listed and its selector or markup matches the entry. */
export function isKnown(known: readonly KnownViolation[], rule: string, node: AxeNode): boolean {
  return known.some(
    (entry) =>
      entry.rule === rule &&
      (node.target.some((selector) => entry.nodes.test(selector)) || entry.nodes.test(node.html)),
  )
}

/** Counts per rule and impact, e.g. `{ "label (critical)": 6 }`, for the report. */
export function countByRule(violations: readonly AxeViolation[]): Record<string, number> {
  return Object.fromEntries(
    violations.map((violation) => [
      `${violation.id} (${violation.impact})`,
      violation.nodes.length,
    ]),
  )
}
