import type { PayloadRequest } from 'payload'

import { getStorage } from '@/src/storage'
import { idOf, requestSiteIds } from '../../sites'
import { canManageVideo } from '../access/canManageVideo'
import { storedObjectResponse } from '../storedObjectResponse'

const refused = (message: string, status: number) =>
  Response.json(
    { errors: [{ message }] },
    { headers: { 'Cache-Control': 'private, no-store' }, status },
  )

/**
 * `GET /api/videos/file/<filename>`: the uploaded original, for the video's managers only (its
 * uploader, its site's moderators and admins, global writers), on its own site. Payload has checked
 * `read` already, which lets anyone read a public video: viewers get renditions through the
 * playback endpoints, where visibility, share links and the password are checked (`canWatch`).
 */
export const serveOriginal = async (
  req: PayloadRequest,
  { params }: { params: { filename: string } },
): Promise<Response> => {
  // Past access control for `storage` (never readable); `filename` is unique, so this is the one
  // document Payload's read check found, and the checks below decide on its uploader and site.
  const { docs } = await req.payload.find({
    collection: 'videos',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { filename: { equals: params.filename } },
  })
  const video = docs[0]
  const key = video?.storage?.original
  if (!video || !key) return refused('Not found', 404)
  const scope = await requestSiteIds(req)
  if (!canManageVideo(req.user, video) || (scope && !scope.includes(idOf(video.site) ?? -1))) {
    return refused(
      'The original of a video is only for its uploader and its site’s moderators; watch it on its page.',
      403,
    )
  }
  return storedObjectResponse(getStorage(), key, req.headers.get('range'))
}
