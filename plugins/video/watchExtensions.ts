import type { PayloadRequest } from 'payload'

import { customList } from '../../src/config/customList'

/**
 * Another plugin's word that the request's user is in the audience of an approved video which its
 * visibility would refuse them (a course's private lesson video, for a member enrolled in the
 * course). Plugins register them in `config.custom.videoWatchGrants`. A grant widens the audience
 * only: it is asked through a site's host, about an approved video of that site, and the video's
 * password is still asked for afterwards (`playback/canWatch.ts`).
 */
export type VideoWatchGrant = (req: PayloadRequest, videoId: number) => Promise<boolean>

/** Told of every counted view beacon (a course keeps the member's last position in its lesson). `config.custom.videoViewListeners`. */
export type VideoViewListener = (
  req: PayloadRequest,
  view: { position: number; videoId: number; viewerId: null | number },
) => Promise<void>

export const videoWatchGrants = customList<VideoWatchGrant>('videoWatchGrants')
export const videoViewListeners = customList<VideoViewListener>('videoViewListeners')

export async function isWatchGranted(req: PayloadRequest, videoId: number): Promise<boolean> {
  for (const grant of videoWatchGrants.read(req.payload.config))
    if (await grant(req, videoId)) return true
  return false
}

/** A listener's failure is logged, never the beacon's: the view is already counted. */
export async function notifyViewListeners(
  req: PayloadRequest,
  view: Parameters<VideoViewListener>[1],
): Promise<void> {
  for (const listener of videoViewListeners.read(req.payload.config)) {
    await listener(req, view).catch((error: unknown) =>
      req.payload.logger.error({
        err: error,
        msg: `A video view listener failed for video ${view.videoId}`,
      }),
    )
  }
}
