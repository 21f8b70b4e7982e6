import type { Endpoint } from 'payload'

import { idOf } from '../../../sites'
import { notifyViewListeners } from '../../watchExtensions'
import { findWatchableVideo } from './findWatchableVideo'
import { parseViewBeacon } from './parseViewBeacon'
import { readBeaconBody } from './readBeaconBody'
import { recordView } from './recordView'

/**
 * `POST /api/videos/:id/view` `{ viewId, seconds, position, share? }` (JSON, or text/plain from
 * `navigator.sendBeacon`): the player's report of one viewing, every ~15 s while playing and when
 * the page goes away. Answers `{ counted, newView, addedSeconds }`.
 */
export const viewBeaconEndpoint: Endpoint = {
  handler: async (req) => {
    const beacon = parseViewBeacon(await readBeaconBody(req))
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
