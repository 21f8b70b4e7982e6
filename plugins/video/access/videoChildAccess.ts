import type { Access, Where } from 'payload'

import { allOf, anyOf, isGlobalWriter, siteRoleWhere, siteScope } from '../../sites'
import { videoModerators } from '../roles'

/** Documents about a video that its uploader manages (share links): the uploader's own, or the site's moderators. */
export const uploaderOrModerator =
  (ownerField: string): Access =>
  async ({ req }) =>
    allOf(
      isGlobalWriter(req.user) ||
        anyOf(
          req.user ? ({ [ownerField]: { equals: req.user.id } } as Where) : false,
          siteRoleWhere(req.user, videoModerators),
        ),
      await siteScope(req),
    )

/** The site's moderators only (audit log, view records). */
export const moderatorsOnly: Access = async ({ req }) =>
  allOf(isGlobalWriter(req.user) || siteRoleWhere(req.user, videoModerators), await siteScope(req))
