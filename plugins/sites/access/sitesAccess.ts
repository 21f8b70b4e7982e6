import type { CollectionConfig } from 'payload'

import { siteManagers } from '../roles'
import { allOf } from './combineAccess'
import { siteRoleWhere } from './siteRoleWhere'
import { siteScope } from './siteScope'
import { isSuperAdmin } from './siteUser'

/** Themes and navigation are public; super-admins create and delete sites, site admins edit their own. */
export const sitesAccess: NonNullable<CollectionConfig['access']> = {
  create: ({ req }) => isSuperAdmin(req.user),
  delete: ({ req }) => isSuperAdmin(req.user),
  read: ({ req }) => siteScope(req, 'id'),
  update: async ({ req }) =>
    allOf(
      isSuperAdmin(req.user) || siteRoleWhere(req.user, siteManagers, 'id'),
      await siteScope(req, 'id'),
    ),
}
