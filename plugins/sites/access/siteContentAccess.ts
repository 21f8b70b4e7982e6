import type { CollectionConfig } from 'payload'

import { contentWriters, type SiteRole } from '../roles'
import { anyoneOnThisSite } from './anyoneOnThisSite'
import { canCreateOnSite } from './canCreateOnSite'
import { publishedOrSiteWriter } from './publishedOrSiteWriter'
import { siteWriters } from './siteWriters'

/**
 * The access of a tenant-owned content collection: the site's writers write it, everyone reads it
 * (only what is published, when it has drafts), always within the request's site.
 */
export function siteContentAccess({
  drafts,
  roles = contentWriters,
}: {
  drafts: boolean
  roles?: readonly SiteRole[]
}): NonNullable<CollectionConfig['access']> {
  return {
    create: canCreateOnSite(roles),
    delete: siteWriters(roles),
    read: drafts ? publishedOrSiteWriter(roles) : anyoneOnThisSite,
    readVersions: siteWriters(roles, 'version.site'),
    unlock: siteWriters(roles),
    update: siteWriters(roles),
  }
}
