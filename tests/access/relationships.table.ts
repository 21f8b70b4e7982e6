import type { FlattenedBlock, FlattenedField } from 'payload'

/** One step from a document down to a relationship: a named field, an array row or a block row. */
type Step = { kind: 'array' } | { kind: 'block'; slug: string } | { kind: 'field'; name: string }

/** A site-owned relationship of a collection: where it sits and one collection it may point to. */
export type RelationshipCell = {
  collection: string
  /** The path Payload names in a validation error (`layout.0.form`; rows numbered from 0). */
  errorPath: string
  hasMany: boolean
  polymorphic: boolean
  relationTo: string
  steps: Step[]
}

/**
 * Every relationship and upload field of a collection whose target is site-owned, found by walking
 * the built config (groups, named tabs, arrays, blocks inline or by reference): the cells of the
 * relationship matrix. The document's own `site` is not one.
 */
export function relationshipCells(
  collection: string,
  fields: FlattenedField[],
  blocks: Record<string, FlattenedBlock>,
  siteOwned: ReadonlySet<string>,
): RelationshipCell[] {
  const cells: RelationshipCell[] = []
  const walk = (fields: FlattenedField[], steps: Step[]) => {
    for (const field of fields) {
      const here: Step[] = [...steps, { name: field.name, kind: 'field' }]
      if (field.type === 'relationship' || field.type === 'upload') {
        if (steps.length === 0 && field.name === 'site') continue
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        for (const relationTo of targets.filter((target) => siteOwned.has(target))) {
          cells.push({
            collection,
            errorPath: errorPath(here),
            hasMany: Boolean(field.hasMany),
            polymorphic: Array.isArray(field.relationTo),
            relationTo,
            steps: here,
          })
        }
      } else if (field.type === 'group' || field.type === 'tab') walk(field.flattenedFields, here)
      else if (field.type === 'array') walk(field.flattenedFields, [...here, { kind: 'array' }])
      else if (field.type === 'blocks') {
        const available = [
          ...field.blocks,
          ...(field.blockReferences ?? []).map((block) =>
            typeof block === 'string' ? blocks[block] : block,
          ),
        ]
        for (const block of available)
          if (block) walk(block.flattenedFields, [...here, { slug: block.slug, kind: 'block' }])
      }
    }
  }
  walk(fields, [])
  return cells
}

/** Array and block rows are numbered; a hasMany field's values share the field's path. */
const errorPath = (steps: Step[]): string =>
  steps.map((step) => (step.kind === 'field' ? step.name : '0')).join('.')

/**
 * The smallest data that puts `id` into the cell's field: `{ layout: [{ blockType: 'formBlock', form: id }] }`.
 * Other required fields of the rows are left out: the relationship rule must answer first.
 */
export function dataPointingAt(cell: RelationshipCell, id: number): Record<string, unknown> {
  const leaf = cell.polymorphic ? { relationTo: cell.relationTo, value: id } : id
  let value: unknown = cell.hasMany ? [leaf] : leaf
  for (let index = cell.steps.length - 1; index >= 0; index--) {
    const step = cell.steps[index]
    if (step.kind === 'field') value = { [step.name]: value }
    else if (step.kind === 'array') value = [value]
    else value = [{ blockType: step.slug, ...(value as Record<string, unknown>) }]
  }
  return value as Record<string, unknown>
}
