import type { Endpoint } from 'payload'

import { imageEndpoints } from './delivery/images'
import { playbackEndpoints } from './delivery/playback'
import { streamEndpoints } from './delivery/stream'

/** Watching a video: player URLs, HLS files and images, under the rules of `playback/canWatch.ts`. */
export const deliveryEndpoints: Endpoint[] = [
  ...playbackEndpoints,
  ...streamEndpoints,
  ...imageEndpoints,
]
