import type { BannerBlock as BannerBlockData, CodeBlock as CodeBlockData, MediaBlock as MediaBlockData } from '@payload-types'
import type { DefaultNodeTypes, DefaultTypedEditorState, SerializedBlockNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, LinkJSXConverter, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { BannerBlock } from '../../../blocks/Banner/Component'
import { CodeBlock } from '../../../blocks/Code/Component'
import { MediaBlock } from '../../../blocks/MediaBlock/Component'
import { publicPath } from '../previewPath'

type NodeTypes = DefaultNodeTypes | SerializedBlockNode<BannerBlockData | CodeBlockData | MediaBlockData>

/** Internal links store the document; only pages and posts have public URLs. */
function internalDocToHref({ linkNode }: { linkNode: SerializedLinkNode }): string {
  const doc = linkNode.fields.doc
  if (!doc || typeof doc.value !== 'object') return '#'
  const slug = doc.value.slug
  if (typeof slug !== 'string' || (doc.relationTo !== 'pages' && doc.relationTo !== 'posts')) return '#'
  return publicPath(doc.relationTo, slug)
}

const converters: JSXConvertersFunction<NodeTypes> = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({ internalDocToHref }),
  blocks: {
    banner: ({ node }) => <BannerBlock content={node.fields.content} style={node.fields.style} />,
    code: ({ node }) => <CodeBlock code={node.fields.code} language={node.fields.language} />,
    mediaBlock: ({ node }) => <MediaBlock media={node.fields.media} sizes="(min-width: 48rem) 44rem, 100vw" />,
  },
})

type Props = {
  className?: string
  data: DefaultTypedEditorState | null | undefined
}

/** Lexical rich text as HTML, with the blocks that editors can embed between paragraphs. */
export function RichText({ className, data }: Props) {
  if (!data?.root?.children?.length) return null
  return <LexicalRichText className={['rich-text', className].filter(Boolean).join(' ')} converters={converters} data={data} />
}
