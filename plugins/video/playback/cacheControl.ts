import { env } from '@/src/env'

/**
 * Stream files of an openly public video (`shared`) may sit in any cache: playlists briefly, so a
 * take-down reaches players within a minute; segments long, as they never change and are only
 * found through a playlist. Anything else is for the one viewer, and its playlists are never
 * stored, so an expired token is not replayed from a cache.
 */
export function streamCacheControl(path: string, shared: boolean): string {
  const playlist = path.endsWith('.m3u8')
  if (shared) return playlist ? 'public, max-age=60' : 'public, max-age=604800, immutable'
  return playlist ? 'private, no-store' : `private, max-age=${env.signedUrlSeconds}`
}

/** Thumbnails and previews: a few minutes, shared caches only for an openly public video. */
export const imageCacheControl = (shared: boolean): string =>
  shared ? 'public, max-age=300' : 'private, max-age=300'
