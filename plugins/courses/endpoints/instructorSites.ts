import { isGlobalWriter, siteIdsWithRole, type SiteUser } from '../../sites'
import { courseWriters } from '../roles'

/**
 * The sites whose courses the user builds and whose learners they follow: every site for global
 * writers, else the sites where they are admin, editor or instructor (the same rule as `teachesSite`).
 */
export function taughtSites(user: null | SiteUser | undefined): 'all' | number[] {
  return isGlobalWriter(user) ? 'all' : siteIdsWithRole(user, courseWriters)
}

/** Whether the user teaches on any site (sees the Teaching links and the Builder tab). */
export function teachesAnySite(user: null | SiteUser | undefined): boolean {
  const sites = taughtSites(user)
  return sites === 'all' || sites.length > 0
}
