import type { BeforeSync } from '@payloadcms/plugin-search/types'

export const beforeSyncWithSearch: BeforeSync = ({ originalDoc, searchDoc }) => ({
  ...searchDoc,
  description: originalDoc?.meta?.description ?? '',
  slug: originalDoc?.slug ?? '',
})
