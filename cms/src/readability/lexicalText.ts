interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

const INLINE_TYPES = new Set(['text', 'linebreak', 'link', 'autolink', 'tab'])

function collect(node: LexicalNode, out: string[]): void {
  if (node.type === 'text' && typeof node.text === 'string') {
    out.push(node.text)
    return
  }
  if (node.type === 'linebreak') {
    out.push('\n')
    return
  }
  for (const child of node.children ?? []) collect(child, out)
  // Paragraphs, headings and list items end a line, so a heading counts as a sentence.
  if (node.type && !INLINE_TYPES.has(node.type) && node.type !== 'root') out.push('\n')
}

/** The plain text of a Lexical rich-text value (the editor's JSON); '' for anything else. */
export function lexicalToPlainText(value: unknown): string {
  if (typeof value !== 'object' || value === null || !('root' in value)) return ''
  const out: string[] = []
  collect((value as { root: LexicalNode }).root, out)
  return out.join('').trim()
}
