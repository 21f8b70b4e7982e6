import type {
  BannerBlock as BannerBlockData,
  CodeBlock as CodeBlockData,
  MediaBlock as MediaBlockData,
} from '@payload-types'
import type { DefaultNodeTypes, SerializedBlockNode } from '@payloadcms/richtext-lexical'
import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import { BannerBlock } from './Banner/Component'
import { CodeBlock } from './Code/Component'
import { MediaBlock } from './MediaBlock/Component'

type EmbeddedNodes =
  DefaultNodeTypes | SerializedBlockNode<BannerBlockData | CodeBlockData | MediaBlockData>

/** The blocks editors embed between a post's paragraphs (`editorWithBlocks`), as rich text shows them. */
export const embeddedBlocks: JSXConverters<EmbeddedNodes>['blocks'] = {
  banner: ({ node }) => <BannerBlock content={node.fields.content} style={node.fields.style} />,
  code: ({ node }) => <CodeBlock code={node.fields.code} language={node.fields.language} />,
  mediaBlock: ({ node }) => (
    <MediaBlock media={node.fields.media} sizes="(min-width: 48rem) 44rem, 100vw" />
  ),
}
