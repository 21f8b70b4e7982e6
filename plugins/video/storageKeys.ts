import path from 'node:path'

import { type Tier, tierKey } from '../../src/storage'

/**
 * Where a video's files live in each tier, under its random storage folder:
 * `staging/videos/<folder>/original.mp4`, `.../hls/720p/seg-000.ts`, `.../thumbnail.jpg`;
 * once approved `archive/videos/<folder>/original.mp4` and `delivery/videos/<folder>/hls/...`.
 */
export const videoPrefix = (tier: Tier, folder: string) => tierKey(tier, 'videos', folder)

export const originalKey = (tier: Tier, folder: string, filename: string) =>
  tierKey(tier, 'videos', folder, `original${path.extname(filename).toLowerCase().replace(/[^.a-z0-9]/g, '')}`)
