import type { CollectionConfig } from 'payload'

import { canCreateOnSite, ownOrSiteRole } from '../../sites'
import { videoModerators, videoUploaders } from '../roles'

const own = ownOrSiteRole('parent')

/** A kid's profile belongs to the parent who made it; the site's moderators may read it, nobody else. */
export const kidsAccess: NonNullable<CollectionConfig['access']> = {
  create: canCreateOnSite(videoUploaders),
  delete: own,
  read: ownOrSiteRole('parent', videoModerators),
  update: own,
}
