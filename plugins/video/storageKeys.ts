import path from 'node:path'

import { storageKey } from '../../src/storage'

/** Moderation decides the tier: uploads wait in `staging`, approved masters go to `archive`, approved HLS to `delivery`. */
export const videoTiers = ['staging', 'archive', 'delivery'] as const
export type VideoTier = (typeof videoTiers)[number]

/** `tierKey('staging', 'videos', '12', 'hls/720p/seg-001.ts')` → `staging/videos/12/hls/720p/seg-001.ts`, validated. */
export function tierKey(tier: VideoTier, ...parts: string[]): string {
  if (!videoTiers.includes(tier)) throw new Error(`Unknown storage tier ${JSON.stringify(tier)}`)
  return storageKey(tier, ...parts)
}

/**
 * Where a video's files live in each tier, under its random storage folder:
 * `staging/videos/<folder>/original.mp4`, `.../hls/720p/seg-000.ts`, `.../thumbnail.jpg`;
 * once approved `archive/videos/<folder>/original.mp4` and `delivery/videos/<folder>/hls/...`.
 */
export const videoPrefix = (tier: VideoTier, folder: string) => tierKey(tier, 'videos', folder)

export const originalKey = (tier: VideoTier, folder: string, filename: string) =>
  tierKey(
    tier,
    'videos',
    folder,
    `original${path
      .extname(filename)
      .toLowerCase()
      .replace(/[^.a-z0-9]/g, '')}`,
  )
