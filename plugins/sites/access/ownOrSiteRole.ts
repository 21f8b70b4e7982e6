import type { Access } from 'payload'

import type { SiteRole } from '../roles'
import { allOf, anyOf } from './combineAccess'
import { siteRoleWhere } from './siteRoleWhere'
import { siteScope } from './siteScope'
import { isGlobalWriter } from './siteUser'

/**
 * The user's own documents (`ownerField` names the user: `user`, `uploader`, `parent`), and every
 * document of the sites where they hold one of `roles` (none: only their own; every site for global
 * writers), within the request's site.
 */
export const ownOrSiteRole =
  (ownerField: string, roles: readonly SiteRole[] = []): Access =>
  async ({ req }) =>
    allOf(
      isGlobalWriter(req.user) ||
        anyOf(
          req.user ? { [ownerField]: { equals: req.user.id } } : false,
          siteRoleWhere(req.user, roles),
        ),
      await siteScope(req),
    )
