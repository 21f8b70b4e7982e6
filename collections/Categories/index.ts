import { type CollectionConfig, slugField } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditor } from '../../src/access/isEditor'

/** Nested through `@payloadcms/plugin-nested-docs`, which adds `parent` and `breadcrumbs`. */
export const Categories: CollectionConfig = {
  slug: 'categories',
  // Each document belongs to one site (plugins/sites); the site's editors and admins write it.
  access: {
    create: isEditor,
    delete: isEditor,
    read: anyone,
    update: isEditor,
  },
  admin: { useAsTitle: 'title' },
  custom: { site: {} },
  fields: [{ name: 'title', type: 'text', required: true }, slugField({ position: undefined })],
}
