import type { Endpoint, PayloadHandler } from 'payload'

import { streamCacheControl } from '../../playback/cacheControl'
import { canWatch, isOpenlyPublic } from '../../playback/canWatch'
import { hlsPath } from '../../playback/hlsPath'
import { videoFileResponse } from '../../playback/videoFileResponse'
import { findVideo } from './findVideo'
import { notFound, refusal } from './refusal'

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * `GET /api/videos/:id/stream/:token/master.m3u8` and `…/:token/<720p>/<index.m3u8|seg-NNN.ts>`:
 * one HLS file, with byte ranges. The token sits in the path so the playlists' relative URLs carry
 * it: `public` for an openly public video (shared caches may keep the files), otherwise a signed
 * token from the playback endpoint. Managers are also recognised by their session.
 */
const handler: PayloadHandler = async (req) => {
  const { file, rendition, token } = req.routeParams ?? {}
  const path = typeof file === 'string' ? hlsPath(file, text(rendition)) : null
  if (!path || typeof token !== 'string') return notFound()
  const video = await findVideo(req)
  if (!video) return notFound()
  const decision = await canWatch(req, video, token === 'public' ? {} : { token })
  if (!decision.ok) return refusal(decision)
  const shared = token === 'public' && isOpenlyPublic(video)
  return videoFileResponse(video, path, req.headers.get('range'), {
    'Cache-Control': streamCacheControl(path, shared),
  })
}

export const streamEndpoints: Endpoint[] = [
  { handler, method: 'get', path: '/:id/stream/:token/:file' },
  { handler, method: 'get', path: '/:id/stream/:token/:rendition/:file' },
]
