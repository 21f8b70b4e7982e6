import { contentWriters, type SiteRole } from '../roles'
import { hasSiteRole, isGlobalWriter, type SiteUser } from './siteUser'

/** Whether the user may write documents of this site: global writers everywhere, others by site role. */
export const canWriteSite = (
  user: null | SiteUser | undefined,
  siteId: unknown,
  roles: readonly SiteRole[] = contentWriters,
): boolean => isGlobalWriter(user) || hasSiteRole(user, siteId, roles)
