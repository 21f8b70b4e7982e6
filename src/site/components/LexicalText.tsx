import type { DefaultTypedEditorState, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as PayloadRichText,
} from '@payloadcms/richtext-lexical/react'

import { publicPath } from '../previewPath'

/** Converters of embedded blocks, by block slug, whatever the blocks' own field types. */
type BlockConverters = ReturnType<JSXConvertersFunction>['blocks']

/** Internal links store the document; only pages and posts have public URLs. */
function internalDocToHref({ linkNode }: { linkNode: SerializedLinkNode }): string {
  const doc = linkNode.fields.doc
  if (!doc || typeof doc.value !== 'object') return '#'
  const slug = doc.value.slug
  if (typeof slug !== 'string' || (doc.relationTo !== 'pages' && doc.relationTo !== 'posts'))
    return '#'
  return publicPath(doc.relationTo, slug)
}

type Props = {
  /** How embedded blocks render: given by the caller, because the blocks render rich text themselves. */
  blocks?: BlockConverters
  className?: string
  data: DefaultTypedEditorState | null | undefined
}

/** Lexical rich text as HTML, its internal links pointing at the site's pages and posts. */
export function LexicalText({ blocks, className, data }: Props) {
  if (!data?.root?.children?.length) return null
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref }),
    blocks,
  })
  return (
    <PayloadRichText
      className={['rich-text', className].filter(Boolean).join(' ')}
      converters={converters}
      data={data}
    />
  )
}
