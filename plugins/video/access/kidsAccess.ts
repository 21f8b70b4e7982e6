import type { Access, CollectionConfig } from 'payload'

import {
  allOf,
  anyOf,
  canCreateOnSite,
  isGlobalWriter,
  siteRoleWhere,
  siteScope,
} from '../../sites'
import { videoModerators, videoUploaders } from '../roles'

const own: Access = async ({ req }) =>
  allOf(
    isGlobalWriter(req.user) || (req.user ? { parent: { equals: req.user.id } } : false),
    await siteScope(req),
  )

/** A kid's profile belongs to the parent who made it; the site's moderators may read it, nobody else. */
export const kidsAccess: NonNullable<CollectionConfig['access']> = {
  create: canCreateOnSite(videoUploaders),
  delete: own,
  read: async (args) =>
    anyOf(
      await own(args),
      allOf(siteRoleWhere(args.req.user, videoModerators), await siteScope(args.req)),
    ),
  update: own,
}
