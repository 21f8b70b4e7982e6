import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'
import { hasSiteRole, idOf, isSuperAdmin } from '../access/siteUser'
import { siteManagers } from '../roles'

type Rows = User['sites']

/** `siteId → sorted roles` of a user's site rows, to compare before and after. */
const rolesBySite = (rows: null | Rows | undefined): Map<number, string> =>
  new Map(
    (rows ?? []).flatMap((row) => {
      const id = idOf(row.site)
      return id === undefined
        ? []
        : [[id, [...(row.roles ?? [])].sort().join(',')] as [number, string]]
    }),
  )

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * What a non-super-admin may change on an account:
 * - roles on a site only where they are that site's admin (nobody grants themselves a site);
 * - on someone else's account nothing but those site rows: name, email and roles stay the owner's
 *   and credentials are refused earlier (`guardCredentials` in collections/Users), because the
 *   account may hold roles on other sites or a global role, which a site admin has no say on.
 * Global roles are guarded by their field access (super-admins only).
 */
export const guardUserChanges: CollectionBeforeChangeHook<User> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = req.user
  if (!user || isSuperAdmin(user)) return data
  const before = rolesBySite(originalDoc?.sites)
  const after = rolesBySite(data.sites === undefined ? originalDoc?.sites : data.sites)
  for (const site of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(site) !== after.get(site) && !hasSiteRole(user, site, siteManagers)) {
      throw new APIError('Only an admin of a site grants or removes roles on it.', 403)
    }
  }
  if (operation === 'update' && originalDoc && originalDoc.id !== user.id) {
    const changed = (['email', 'name', 'roles'] as const).filter(
      (key) => data[key] !== undefined && !same(data[key], originalDoc[key]),
    )
    if (changed.length || data.password)
      throw new APIError(
        `Only the account's owner or a super-admin changes its ${[...changed, ...(data.password ? ['password'] : [])].join(', ')}.`,
        403,
      )
  }
  return data
}
