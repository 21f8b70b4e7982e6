import type { CollectionConfig, Field } from 'payload'

import { rejectDuplicateOnSite } from './hooks/rejectDuplicateOnSite'

/**
 * Makes every top-level unique field of a tenant collection unique per site instead of globally
 * (two sites can both have `/about`; redirects from the same path on two sites): the field keeps a
 * plain index and the collection gets a compound unique index on (field, site).
 * Fields nested in rows, collapsibles and unnamed tabs sit at the top level of the document too.
 */
export function uniquePerSite(collection: CollectionConfig, siteField = 'site'): CollectionConfig {
  const names: string[] = []
  const visit = (fields: Field[]): Field[] =>
    fields.map((field) => {
      if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field)
        return { ...field, fields: visit(field.fields) }
      if (field.type === 'tabs')
        return {
          ...field,
          tabs: field.tabs.map((tab) =>
            'name' in tab && tab.name ? tab : { ...tab, fields: visit(tab.fields) },
          ),
        }
      if ('name' in field && 'unique' in field && field.unique && field.name !== siteField) {
        names.push(field.name)
        return { ...field, index: true, unique: false } as Field
      }
      return field
    })
  const fields = visit(collection.fields)
  if (!names.length) return collection
  return {
    ...collection,
    fields,
    hooks: {
      ...collection.hooks,
      beforeChange: [
        ...(collection.hooks?.beforeChange ?? []),
        rejectDuplicateOnSite(names, siteField),
      ],
    },
    indexes: [
      ...(collection.indexes ?? []),
      ...names.map((name) => ({ fields: [name, siteField], unique: true })),
    ],
  }
}
