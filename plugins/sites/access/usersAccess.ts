import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { panelRoles, siteManagers } from '../roles'
import { anyOf } from './combineAccess'
import { siteRoleWhere } from './siteRoleWhere'
import { isGlobalWriter, isSuperAdmin, siteIdsWithRole } from './siteUser'

/** Yourself, and for a site admin the users who hold a role on one of their sites. */
const selfOrManagedUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isSuperAdmin(user)) return true
  return anyOf({ id: { equals: user.id } }, siteRoleWhere(user, siteManagers, 'sites.site'))
}

const managesASite = (user: Parameters<typeof isSuperAdmin>[0]) =>
  isSuperAdmin(user) || siteIdsWithRole(user, siteManagers).length > 0

/**
 * Users: super-admins manage everyone; site admins see and add the users of their sites (which rows
 * they may change is checked by `guardUserChanges`); everyone reads and edits their own account.
 */
export const usersAccess: NonNullable<CollectionConfig['access']> = {
  admin: ({ req: { user } }) =>
    isGlobalWriter(user) || siteIdsWithRole(user, panelRoles).length > 0,
  create: ({ req: { user } }) => managesASite(user),
  delete: ({ req: { user } }) => isSuperAdmin(user),
  read: selfOrManagedUsers,
  unlock: ({ req: { user } }) => isSuperAdmin(user),
  update: selfOrManagedUsers,
}

/** The `sites` rows field: whoever manages a site may send it; `guardUserChanges` checks each row. */
export const siteRowsFieldAccess: FieldAccess = ({ req: { user } }) => managesASite(user)
