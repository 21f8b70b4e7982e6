import type { Field } from 'payload'

/** What a search result needs to render a link and a teaser without loading the document. */
export const searchFields: Field[] = [
  { name: 'slug', type: 'text', admin: { readOnly: true }, index: true },
  { name: 'description', type: 'textarea', admin: { readOnly: true } },
]
