import type { Endpoint } from 'payload'

import { readJson } from '@/src/http/readJson'
import { idOf } from '@/plugins/sites'
import { notifyViewListeners } from '../../watchExtensions'
import { findWatchableVideo } from './findWatchableVideo'
import { parseViewBeacon } from './parseViewBeacon'
import { recordView } from './recordView'

// A beacon is a few dozen bytes; anything much larger is not one.
const MAX_BODY_BYTES = 2048

/**
 * `POST /api/videos/:id/view` `{ viewId, seconds, position, share? }` (JSON, or text/plain from
 * `navigator.sendBeacon`): the player's report of one viewing, every ~15 s while playing and when
 * the page goes away. Answers `{ counted, newView, addedSeconds }`.
 */
export const viewBeaconEndpoint: Endpoint = {
  handler: async (req) => {
    const beacon = parseViewBeacon(await readJson(req, { maxBytes: MAX_BODY_BYTES }))
    const video = await findWatchableVideo(req, req.routeParams?.id, beacon.share)
    const siteId = idOf(video.site)
    if (siteId === undefined) throw new Error(`Video ${video.id} has no site.`)
    const viewerId = req.user?.collection === 'users' ? req.user.id : null
    const recorded = await recordView(req.payload, { siteId, videoId: video.id, viewerId }, beacon)
    await notifyViewListeners(req, { position: beacon.position, videoId: video.id, viewerId })
    return Response.json(recorded)
  },
  method: 'post',
  path: '/:id/view',
}
