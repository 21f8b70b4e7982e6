import type { Video } from '@/payload-types'
import { signToken } from '@/src/storage/signedToken'
import { isOpenlyPublic, videoTokenScope } from './canWatch'

/** What a player needs, for a viewer already allowed to watch (`canWatch`). URLs are absolute paths. */
export type Playback = {
  duration: null | number
  /** When `src` and the image URLs stop working (null: never, an openly public video). */
  expiresAt: null | string
  previews: string[]
  renditions: { height: number; width: number }[]
  /** The master playlist; its relative URLs carry the same token. */
  src: string
  thumbnail: null | string
}

/**
 * The stream and image URLs of a video. An openly public video gets the fixed token `public`, so
 * its files can be cached by anyone; any other a short-lived signed token that carries this
 * viewer's right (share link, password, session) into URLs a player fetches without them.
 */
export function resolvePlayback(video: Video, apiRoute: string): Playback {
  const base = `${apiRoute}/videos/${video.id}`
  const shared = isOpenlyPublic(video)
  const token = shared ? 'public' : signToken(videoTokenScope(video.id))
  const query = shared ? '' : `?token=${token}`
  return {
    duration: video.probe?.durationSeconds ?? null,
    // A signed token starts with its expiry in unix seconds (see `signedToken.ts`).
    expiresAt: shared ? null : new Date(Number(token.split('.')[0]) * 1000).toISOString(),
    previews: (video.previews ?? []).map((_, index) => `${base}/previews/${index + 1}${query}`),
    renditions: (video.renditions ?? []).map(({ height, width }) => ({ height, width })),
    src: `${base}/stream/${token}/master.m3u8`,
    thumbnail: video.thumbnail ? `${base}/thumbnail${query}` : null,
  }
}
