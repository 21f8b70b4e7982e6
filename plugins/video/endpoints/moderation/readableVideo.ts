import { APIError, type PayloadRequest } from 'payload'

import type { Video } from '@/payload-types'
import { requireUser } from '@/src/http/requireUser'
import { visibleVideo } from '../../access/visibleVideo'

/** Nobody decides anonymously. */
export const signedInUser = (req: PayloadRequest) => requireUser(req, 'moderate videos')

/**
 * The video with every field (storage included), once it is clear that `req.user` may read it:
 * a 404 for an unknown id and for one the user cannot see (its existence is not revealed).
 */
export async function readableVideo(req: PayloadRequest, id: unknown): Promise<Video> {
  const videoId = typeof id === 'number' ? id : Number(id)
  const notFound = new APIError(`There is no video ${String(id)}.`, 404)
  if (!Number.isInteger(videoId) || videoId <= 0) throw notFound
  if (!(await visibleVideo(req, videoId))) throw notFound
  // `storage` is never readable through access; the decision needs its folder and tier.
  return req.payload.findByID({
    id: videoId,
    collection: 'videos',
    depth: 0,
    overrideAccess: true,
    req,
  })
}
