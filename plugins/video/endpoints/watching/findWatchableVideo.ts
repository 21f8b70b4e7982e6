import { APIError, NotFound, type PayloadRequest } from 'payload'

import type { Video } from '@/payload-types'
import { idOf, requestSiteIds } from '@/plugins/sites'
import { visibleVideo } from '../../access/visibleVideo'
import { hasValidShare } from '../../playback/hasValidShare'
import { isWatchGranted } from '../../watchExtensions'

export type WatchableVideo = Pick<Video, 'id' | 'site'>

const parseId = (raw: unknown): number => {
  const id = Number(raw)
  if (!Number.isSafeInteger(id) || id < 1) throw new APIError('"id" must be a video id.', 400)
  return id
}

/**
 * The approved video the sender may watch, on the request's site: one the access rules let them
 * read (public, or their own / moderated ones), or one a valid share link opens, or (through a
 * site's host only) another plugin's grant. 404 when they may not see it at all, 403 when they may
 * see it but it is not approved (its uploader's preview).
 */
export async function findWatchableVideo(
  req: PayloadRequest,
  rawId: unknown,
  share?: string,
): Promise<WatchableVideo> {
  const id = parseId(rawId)
  const select = { site: true, status: true } as const
  const readable = await visibleVideo(req, id, select)
  if (readable) {
    if (readable.status !== 'approved') throw new APIError('This video is not approved yet.', 403)
    return { id, site: readable.site }
  }
  // Only status and site, which decide below whether a share link or a grant may open it at all.
  const video = await req.payload.findByID({
    id,
    collection: 'videos',
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    select,
  })
  const scope = await requestSiteIds(req)
  const site = idOf(video?.site)
  if (video?.status === 'approved' && site !== undefined && (!scope || scope.includes(site))) {
    if (
      (share && (await hasValidShare(req.payload, id, share))) ||
      (scope && (await isWatchGranted(req, id)))
    )
      return { id, site: video.site }
  }
  throw new NotFound(req.t)
}
