import type { CollectionConfig, FieldAccess, Where } from 'payload'

import type { Video } from '@/payload-types'
import { allOf, anyOf, canCreateOnSite, ownOrSiteRole, siteScope } from '../../sites'
import { videoModerators, videoUploaders } from '../roles'
import { canManageVideo } from './canManageVideo'

/** What anyone may watch: approved and public. Share links and passwords are checked by the stream endpoint. */
export const publicVideo: Where = {
  and: [{ status: { equals: 'approved' } }, { visibility: { equals: 'public' } }],
}

/** The uploader's own videos, and every video of the sites the user moderates. */
const ownOrModerated = ownOrSiteRole('uploader', videoModerators)

/**
 * Nothing unapproved reaches anyone but its uploader and the site's moderators, through REST,
 * GraphQL, the Local API and the file URLs alike (Payload checks `read` before serving a file).
 */
export const videoAccess: NonNullable<CollectionConfig['access']> = {
  create: canCreateOnSite(videoUploaders),
  delete: ownOrModerated,
  read: async (args) =>
    anyOf(await ownOrModerated(args), allOf(publicVideo, await siteScope(args.req))),
  readVersions: () => false,
  unlock: ownOrModerated,
  update: ownOrModerated,
}

/** Field access for what only the pipeline and the moderation endpoints write. */
export const systemOnly = { create: () => false, update: () => false }

/**
 * Field read access for what only the video's managers see (moderator notes, pre-check scores,
 * processing errors): its uploader, its site's moderators and admins, global writers. A read that
 * selects neither `uploader` nor `site` cannot tell, and leaves the field out.
 */
export const managersRead: FieldAccess<Video> = ({ doc, req }) =>
  Boolean(doc) && canManageVideo(req.user, { site: doc!.site, uploader: doc!.uploader })
