import type { DefaultTypedEditorState } from '@payloadcms/richtext-lexical'

import { embeddedBlocks } from '@/blocks/embeddedBlocks'
import { LexicalText } from './LexicalText'

/**
 * Lexical rich text as HTML, with the blocks that editors can embed between paragraphs. The blocks
 * themselves render their rich text with `LexicalText`, so they never import this file back.
 */
export function RichText({
  className,
  data,
}: {
  className?: string
  data: DefaultTypedEditorState | null | undefined
}) {
  return <LexicalText blocks={embeddedBlocks} className={className} data={data} />
}
