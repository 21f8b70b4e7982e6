import type { Access } from 'payload'

import { contentWriters, type SiteRole } from '../roles'
import { allOf } from './combineAccess'
import { siteRoleWhere } from './siteRoleWhere'
import { siteScope } from './siteScope'
import { isGlobalWriter } from './siteUser'

/**
 * Update, delete, private reads: documents of the sites where the user holds one of `roles`
 * (every site for global writers), within the request's site. `field` is `version.site` for versions.
 */
export const siteWriters =
  (roles: readonly SiteRole[] = contentWriters, field = 'site'): Access =>
  async ({ req }) =>
    allOf(
      isGlobalWriter(req.user) || siteRoleWhere(req.user, roles, field),
      await siteScope(req, field),
    )
