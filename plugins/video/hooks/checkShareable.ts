import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { idOf } from '../../sites'
import { canManageVideo } from '../access/canManageVideo'

/** Only a video you manage (your own, or one you moderate) can be shared. */
export const checkShareable: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const videoId = idOf(data.video)
  const video = videoId === undefined ? null : await req.payload.findByID({ collection: 'videos', depth: 0, disableErrors: true, id: videoId, overrideAccess: true, req })
  if (!video || !canManageVideo(req.user, video)) throw new Forbidden(req.t)
  return data
}
