import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { idOf } from '../../sites'
import { canManageVideo } from '../access/canManageVideo'

/**
 * Only a video you manage (your own, or one you moderate) can be shared, and a link is changed
 * (extended, restored) only by someone who still manages its video: a moderator who lost the role
 * keeps no say over the links they made.
 */
export const checkShareable: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Server code without a user (account deletion clearing `createdBy`) is trusted with updates;
  // through the API an update always has a user (`update` access).
  if (operation === 'update' && !req.user) return data
  const videoId = idOf(operation === 'update' ? originalDoc?.video : data.video)
  // The id comes from the stored link on update (its `video` never changes), or is the one being
  // shared on create; `canManageVideo` then decides with the video's uploader and site.
  const video =
    videoId === undefined
      ? null
      : await req.payload.findByID({
          id: videoId,
          collection: 'videos',
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
        })
  if (!video || !canManageVideo(req.user, video)) throw new Forbidden(req.t)
  return data
}
