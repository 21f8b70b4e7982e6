import type { BeforeSync } from '@payloadcms/plugin-search/types'

/** A relationship as stored (id) or populated (document). */
const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * The teaser fields a result needs, and the document's `site` when it has one (the sites plugin
 * makes search results per site; without it the field does not exist and nothing is copied).
 */
export const beforeSyncWithSearch: BeforeSync = ({ originalDoc, searchDoc }) => ({
  ...searchDoc,
  slug: originalDoc?.slug ?? '',
  description: originalDoc?.meta?.description ?? '',
  ...(originalDoc?.site ? { site: idOf(originalDoc.site) } : {}),
})
