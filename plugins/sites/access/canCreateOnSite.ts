import type { Access } from 'payload'

import { contentWriters, type SiteRole } from '../roles'
import { canWriteSite } from './canWriteSite'
import { requestSiteIds } from './requestSiteIds'
import { idOf, isGlobalWriter, siteIdsWithRole } from './siteUser'

/**
 * Create access reads the submitted `site`: only a site the user writes, and only the request's
 * site. Without a `site` (the admin asks before showing "Create"; the field's default fills it in
 * later) it is enough to write some site: `guardSiteAssignment` checks the value that is stored.
 */
export const canCreateOnSite =
  (roles: readonly SiteRole[] = contentWriters): Access =>
  async ({ data, req }) => {
    const scope = await requestSiteIds(req)
    const site = idOf((data as { site?: unknown } | undefined)?.site)
    if (site === undefined)
      return isGlobalWriter(req.user) || siteIdsWithRole(req.user, roles).length > 0
    if (scope && !scope.includes(site)) return false
    return canWriteSite(req.user, site, roles)
  }
