import { APIError, NotFound, type PayloadRequest } from 'payload'

import type { Video } from '../../../../payload-types'
import { idOf, requestSiteIds } from '../../../sites'
import { hasValidShare } from '../../playback/hasValidShare'
import { isWatchGranted } from '../../watchExtensions'

export type WatchableVideo = Pick<Video, 'id' | 'site'>

const parseId = (raw: unknown): number => {
  const id = Number(raw)
  if (!Number.isSafeInteger(id) || id < 1) throw new APIError('"id" must be a video id.', 400)
  return id
}

/**
 * The approved video the sender may watch: one the access rules let them read (public, or their
 * own / moderated ones), or one a valid share link or another plugin's grant opens, on the request's site. 404 when they
 * may not see it at all, 403 when they may see it but it is not approved (its uploader's preview).
 */
export async function findWatchableVideo(req: PayloadRequest, rawId: unknown, share?: string): Promise<WatchableVideo> {
  const id = parseId(rawId)
  const select = { site: true, status: true } as const
  const readable = await req.payload.findByID({ collection: 'videos', depth: 0, disableErrors: true, id, overrideAccess: false, req, select, user: req.user })
  if (readable) {
    if (readable.status !== 'approved') throw new APIError('This video is not approved yet.', 403)
    return { id, site: readable.site }
  }
  if ((share && (await hasValidShare(req.payload, id, share))) || (await isWatchGranted(req, id))) {
    const shared = await req.payload.findByID({ collection: 'videos', depth: 0, disableErrors: true, id, overrideAccess: true, req, select })
    const scope = await requestSiteIds(req)
    const onThisSite = shared && (!scope || scope.includes(idOf(shared.site) ?? -1))
    if (shared?.status === 'approved' && onThisSite) return { id, site: shared.site }
  }
  throw new NotFound(req.t)
}
