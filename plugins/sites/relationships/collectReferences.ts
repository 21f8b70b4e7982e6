import type { FlattenedBlock, FlattenedField } from 'payload'

import { lexicalReferences } from './lexicalReferences'

/** One relationship or upload value of a document: the field's data path and what it points to. */
export type Reference = { id: number | string; path: string; relationTo: string }

type Data = Record<string, unknown>

const isData = (value: unknown): value is Data =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** The id of a stored (`5`) or populated (`{ id: 5, … }`) value. */
const idOf = (value: unknown): number | string | undefined =>
  typeof value === 'number' || typeof value === 'string'
    ? value
    : isData(value) && (typeof value.id === 'number' || typeof value.id === 'string')
      ? value.id
      : undefined

/**
 * Every relationship and upload value in `data`, walking groups, named tabs, arrays and blocks
 * (inline or referenced by slug) the way Payload stores them; polymorphic values name their
 * collection (`{ relationTo, value }`), and Lexical rich text (its uploads, relationships, internal
 * links and blocks, named by the rich text field). Paths are Payload's error paths
 * (`layout.2.form`), so a refusal points at the field in the admin form.
 */
export function collectReferences(
  fields: FlattenedField[],
  data: Data,
  blocks: Record<string, FlattenedBlock>,
  prefix = '',
): Reference[] {
  const found: Reference[] = []
  for (const field of fields) {
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === undefined || value === null) continue
    if (field.type === 'relationship' || field.type === 'upload') {
      const values = Array.isArray(value) ? value : [value]
      // A hasMany field is one field in the admin form: its values share the field's path, as in Payload's own errors.
      for (const item of values) {
        const [relationTo, id] = Array.isArray(field.relationTo)
          ? [
              isData(item) && typeof item.relationTo === 'string' ? item.relationTo : undefined,
              isData(item) ? idOf(item.value) : undefined,
            ]
          : [field.relationTo, idOf(item)]
        if (relationTo !== undefined && id !== undefined) found.push({ id, path, relationTo })
      }
    } else if ((field.type === 'group' || field.type === 'tab') && isData(value)) {
      found.push(...collectReferences(field.flattenedFields, value, blocks, `${path}.`))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach(
        (row, index) =>
          isData(row) &&
          found.push(...collectReferences(field.flattenedFields, row, blocks, `${path}.${index}.`)),
      )
    } else if (field.type === 'richText' && isData(value)) {
      found.push(...lexicalReferences(value.root, path, field.editor, blocks, collectReferences))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      const available = [
        ...field.blocks,
        ...(field.blockReferences ?? []).map((block) =>
          typeof block === 'string' ? blocks[block] : block,
        ),
      ]
      value.forEach((row, index) => {
        const block = isData(row)
          ? available.find((candidate) => candidate?.slug === row.blockType)
          : undefined
        if (block && isData(row))
          found.push(...collectReferences(block.flattenedFields, row, blocks, `${path}.${index}.`))
      })
    }
  }
  return found
}
