import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import type { User } from '../../../payload-types'
import { hasSiteRole, idOf, isSuperAdmin } from '../access/siteUser'
import { siteManagers } from '../roles'

type Rows = User['sites']

/** `siteId → sorted roles` of a user's site rows, to compare before and after. */
const rolesBySite = (rows: null | Rows | undefined): Map<number, string> =>
  new Map((rows ?? []).flatMap((row) => {
    const id = idOf(row.site)
    return id === undefined ? [] : [[id, [...(row.roles ?? [])].sort().join(',')] as [number, string]]
  }))

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * What a non-super-admin may change on an account:
 * - roles on a site only where they are that site's admin (nobody grants themselves a site);
 * - on someone else's account nothing but those site rows (a site admin must not be able to take
 *   over an account by changing its email or password; the account may hold roles elsewhere).
 * Global roles are guarded by their field access (super-admins only).
 */
export const guardUserChanges: CollectionBeforeChangeHook<User> = ({ data, operation, originalDoc, req }) => {
  const user = req.user
  if (!user || isSuperAdmin(user)) return data
  const before = rolesBySite(originalDoc?.sites)
  const after = rolesBySite(data.sites === undefined ? originalDoc?.sites : data.sites)
  for (const site of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(site) !== after.get(site) && !hasSiteRole(user, site, siteManagers)) throw new Forbidden(req.t)
  }
  if (operation === 'update' && originalDoc && originalDoc.id !== user.id) {
    const changed = (['email', 'name', 'roles'] as const).some((key) => data[key] !== undefined && !same(data[key], originalDoc[key]))
    if (changed || data.password) throw new Forbidden(req.t)
  }
  return data
}
