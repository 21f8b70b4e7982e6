import type { Where } from 'payload'

import type { SiteRole } from '../roles'
import { siteIdsWithRole, type SiteUser } from './siteUser'

/**
 * `{ site: { in: [...] } }` over the sites where the user holds one of `roles`; `false` when there
 * are none (an empty `in` would be a query that the database still has to run).
 */
export function siteRoleWhere(
  user: null | SiteUser | undefined,
  roles: readonly SiteRole[],
  field = 'site',
): false | Where {
  const ids = siteIdsWithRole(user, roles)
  return ids.length ? { [field]: { in: ids } } : false
}
