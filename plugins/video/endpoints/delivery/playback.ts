import { APIError, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import { readJson } from '@/src/http/readJson'
import { enforceRateLimit, requestAddress } from '@/src/rateLimit/enforceRateLimit'
import { canWatch, type WatchCredentials } from '../../playback/canWatch'
import { resolvePlayback } from '../../playback/resolvePlayback'
import { findVideo } from './findVideo'
import { notFound, refusal } from './refusal'

const bodyHint = 'Send JSON: { "password": "…", "share": "…" } (both optional).'
// A password and a share token; anything much larger is not a viewer's request.
const MAX_BODY_BYTES = 4096

/** `?share=` on both methods; a POST's JSON body may add `password` (never in a URL) and `share`. */
async function readCredentials(req: PayloadRequest): Promise<WatchCredentials> {
  const share = req.searchParams.get('share') || undefined
  if (req.method !== 'POST') return { share }
  const { password, share: bodyShare } = await readJson(req, {
    hint: bodyHint,
    maxBytes: MAX_BODY_BYTES,
    optional: true,
  })
  if (
    (password !== undefined && typeof password !== 'string') ||
    (bodyShare !== undefined && typeof bodyShare !== 'string')
  ) {
    throw new APIError(bodyHint, 400)
  }
  return { password: password || undefined, share: bodyShare || share }
}

/**
 * `GET|POST /api/videos/:id/playback`: the player's URLs, or why not (404 unavailable, 403 private
 * or an expired share link, 401 with `passwordRequired` when only the password is missing or wrong).
 */
const handler: PayloadHandler = async (req) => {
  const credentials = await readCredentials(req)
  // Counted before the password is checked, so parallel guesses cannot all slip under the limit.
  if (credentials.password !== undefined)
    await enforceRateLimit(req, 'videoPassword', requestAddress(req), String(req.routeParams?.id))
  const video = await findVideo(req)
  if (!video) return notFound()
  const decision = await canWatch(req, video, credentials)
  if (!decision.ok) return refusal(decision)
  if (!video.renditions?.length) return notFound('This video is not ready to play yet.')
  return Response.json(resolvePlayback(video, req.payload.config.routes.api), {
    headers: { 'Cache-Control': 'private, no-store' },
  })
}

export const playbackEndpoints: Endpoint[] = (['get', 'post'] as const).map((method) => ({
  handler,
  method,
  path: '/:id/playback',
}))
