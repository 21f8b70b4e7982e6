import type { Video } from '@/payload-types'
import { getStorage } from '@/src/storage'
import { tierKey, type VideoTier } from '../storageKeys'
import { storedObjectResponse } from '../storedObjectResponse'

/**
 * Where a video's HLS files, thumbnail and previews are read from, in order: the tier its
 * `storage.tier` names, then the other one, which still holds part of them while `video.publish`
 * moves them object by object.
 */
const hlsTiers = (video: Video): VideoTier[] =>
  video.storage?.tier === 'published' ? ['delivery', 'staging'] : ['staging', 'delivery']

/** One file of a video's folder (`hls/720p/seg-001.ts`) as a response, with byte ranges. */
export async function videoFileResponse(
  video: Video,
  path: string,
  range: null | string,
  headers: HeadersInit,
): Promise<Response> {
  const folder = video.storage?.folder
  let response = Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
  if (!folder) return response
  for (const tier of hlsTiers(video)) {
    response = await storedObjectResponse(
      getStorage(),
      tierKey(tier, 'videos', folder, ...path.split('/')),
      range,
      headers,
    )
    if (response.status !== 404) return response
  }
  return response
}
