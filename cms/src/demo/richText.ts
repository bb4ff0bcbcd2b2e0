import type { KnowledgeProduct } from '../payload-types'

type RichText = NonNullable<KnowledgeProduct['body']>

/** One block of seeded rich text: a heading or a paragraph. */
export type Block = { heading: string } | { paragraph: string }

const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const node = (block: Block) =>
  'heading' in block
    ? {
        type: 'heading',
        tag: 'h2',
        children: [text(block.heading)],
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        version: 1,
      }
    : {
        type: 'paragraph',
        children: [text(block.paragraph)],
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        textStyle: '',
        version: 1,
      }

/** A Lexical document (the editor's JSON) from plain headings and paragraphs. */
export function lexicalDocument(blocks: readonly Block[]): RichText {
  return {
    root: {
      type: 'root',
      children: blocks.map(node),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}
