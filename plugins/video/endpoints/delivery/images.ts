import type { Endpoint, PayloadRequest } from 'payload'

import type { Video } from '@/payload-types'
import { imageCacheControl } from '../../playback/cacheControl'
import { canWatch, isOpenlyPublic } from '../../playback/canWatch'
import { videoFileResponse } from '../../playback/videoFileResponse'
import { findVideo } from './findVideo'
import { notFound } from './refusal'

/**
 * A JPEG of the video, under the playback rules, with `?share=` or a signed `?token=` standing in
 * for what a page cannot put on an `<img>`. Every refusal is a 404: an image URL never tells
 * whether the video exists (the playback endpoint says why not).
 */
const imageEndpoint = (
  path: string,
  pick: (video: Video, req: PayloadRequest) => null | string | undefined,
): Endpoint => ({
  handler: async (req) => {
    const video = await findVideo(req)
    const file = video && pick(video, req)
    if (!video || !file) return notFound()
    const decision = await canWatch(req, video, {
      share: req.searchParams.get('share') || undefined,
      token: req.searchParams.get('token') ?? undefined,
    })
    if (!decision.ok) return notFound()
    return videoFileResponse(video, file, null, {
      'Cache-Control': imageCacheControl(isOpenlyPublic(video)),
    })
  },
  method: 'get',
  path,
})

const previewIndex = (req: PayloadRequest) => {
  const n = req.routeParams?.n
  return typeof n === 'string' && /^[1-9]\d{0,2}$/.test(n) ? Number(n) - 1 : -1
}

/** `GET /api/videos/:id/thumbnail` (also the admin's list and edit thumbnail) and `GET /api/videos/:id/previews/:n` (1-based). */
export const imageEndpoints: Endpoint[] = [
  imageEndpoint('/:id/thumbnail', (video) => video.thumbnail),
  imageEndpoint('/:id/previews/:n', (video, req) => video.previews?.[previewIndex(req)]?.file),
]
