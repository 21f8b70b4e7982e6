import type { CollectionConfig } from 'payload'

import { contentWriters } from '../roles'
import { siteWriters } from './siteWriters'

/**
 * Submissions (form entries): anyone submits (the site comes from the form, see `siteFrom`), only
 * the site's admins and editors read and delete them, and nobody rewrites what someone submitted.
 */
export const submissionAccess: NonNullable<CollectionConfig['access']> = {
  create: () => true,
  delete: siteWriters(contentWriters),
  read: siteWriters(contentWriters),
  update: () => false,
}
