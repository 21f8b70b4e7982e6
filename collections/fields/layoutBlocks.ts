import type { Block, CollectionConfig, Field } from 'payload'

import { knownBlocks } from './knownBlocks'

/** Every field of a list, with the fields inside tabs, rows and collapsibles mapped too. */
const mapFields = (fields: Field[], map: (field: Field) => Field): Field[] =>
  fields.map((field) => {
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: mapFields(tab.fields, map),
        })),
      }
    if (field.type === 'row' || field.type === 'collapsible')
      return { ...field, fields: mapFields(field.fields, map) }
    return map(field)
  })

/** The collection's `layout` with a plugin's blocks added, and its unknown-block check told about them. */
export const withLayoutBlocks = (
  collection: CollectionConfig,
  added: Block[],
): CollectionConfig => ({
  ...collection,
  fields: mapFields(collection.fields, (field) => {
    if (field.type !== 'blocks' || field.name !== 'layout') return field
    const blocks = [...field.blocks, ...added]
    return { ...field, blocks, validate: knownBlocks(blocks) }
  }),
})
