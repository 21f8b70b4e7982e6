import { isGlobalWriter, type SiteUser, siteIdsWithRole } from '../../sites'
import { videoModerators } from '../roles'

/** The sites whose videos and comments the user decides on: `'all'` for global writers, else ids (maybe none). */
export const moderatedSites = (user: null | SiteUser | undefined): 'all' | number[] =>
  isGlobalWriter(user) ? 'all' : siteIdsWithRole(user, videoModerators)

export const moderatesAnySite = (user: null | SiteUser | undefined): boolean => {
  const sites = moderatedSites(user)
  return sites === 'all' || sites.length > 0
}
