import { type Block, flattenAllFields, type FlattenedBlock, type FlattenedField } from 'payload'

import type { Reference } from './collectReferences'

type Data = Record<string, unknown>
type Walk = (
  fields: FlattenedField[],
  data: Data,
  blocks: Record<string, FlattenedBlock>,
  prefix: string,
) => Reference[]

const isData = (value: unknown): value is Data =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const idOf = (value: unknown): number | string | undefined =>
  typeof value === 'number' || typeof value === 'string'
    ? value
    : isData(value)
      ? idOf(value.id)
      : undefined

/**
 * The relationships inside a Lexical document: upload and relationship nodes, internal links, and
 * the relationship fields of its blocks (walked like any other blocks). Every one is named by the
 * rich text field's path, which is where the admin shows the error.
 */
export function lexicalReferences(
  root: unknown,
  path: string,
  editor: unknown,
  blocks: Record<string, FlattenedBlock>,
  walk: Walk,
): Reference[] {
  const found: Reference[] = []
  const props = (
    editor as {
      editorConfig?: {
        resolvedFeatureMap?: Map<
          string,
          {
            sanitizedServerFeatureProps?: {
              blocks?: (Block | string)[]
              inlineBlocks?: (Block | string)[]
            }
          }
        >
      }
    }
  )?.editorConfig?.resolvedFeatureMap?.get('blocks')?.sanitizedServerFeatureProps
  const available = [...(props?.blocks ?? []), ...(props?.inlineBlocks ?? [])].map((block) =>
    typeof block === 'string' ? blocks[block] : block,
  )
  const visit = (node: unknown) => {
    if (!isData(node)) return
    const fields = isData(node.fields) ? node.fields : undefined
    if (
      (node.type === 'upload' || node.type === 'relationship') &&
      typeof node.relationTo === 'string'
    ) {
      const id = idOf(node.value)
      if (id !== undefined) found.push({ id, path, relationTo: node.relationTo })
    } else if (
      (node.type === 'link' || node.type === 'autolink') &&
      fields?.linkType === 'internal' &&
      isData(fields.doc) &&
      typeof fields.doc.relationTo === 'string'
    ) {
      const id = idOf(fields.doc.value)
      if (id !== undefined) found.push({ id, path, relationTo: fields.doc.relationTo })
    } else if ((node.type === 'block' || node.type === 'inlineBlock') && fields) {
      const block = available.find((candidate) => candidate?.slug === fields.blockType)
      if (block)
        found.push(
          ...walk(
            'flattenedFields' in block
              ? (block as FlattenedBlock).flattenedFields
              : flattenAllFields({ fields: block.fields }),
            fields,
            blocks,
            '',
          ).map((reference) => ({ ...reference, path })),
        )
    }
    if (Array.isArray(node.children)) node.children.forEach(visit)
  }
  visit(root)
  return found
}
