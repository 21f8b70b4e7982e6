import type { Config, Plugin } from 'payload'

import { addQueues } from '../../src/queue/pluginQueues'
import { seedSteps } from '../../src/seed/seedSteps'
import { personalDataSources } from '../account'
import { siteFeatures } from '../sites'
import { Kids } from './collections/Kids'
import { ModerationLog } from './collections/ModerationLog'
import { VideoComments } from './collections/VideoComments'
import { Videos } from './collections/Videos'
import { VideoShares } from './collections/VideoShares'
import { VideoViews } from './collections/VideoViews'
import { videoPersonalData } from './personalData'
import { addVideoAdmin } from './admin/views'
import { addVideoBlocks } from './blocks'
import { videoDemoSeed } from './demoSeed'
import { videoHandlers } from './handlers'
import { videoJobs } from './jobs'
import { VIDEO_FEATURE } from './roles'

export {
  type VideoViewListener,
  type VideoWatchGrant,
  videoViewListeners,
  videoWatchGrants,
} from './watchExtensions'

export type VideoPluginOptions = {
  /** Uploads by a site's moderators and admins are approved without review (PeerTube's "auto-block" applies to everyone else). Default true. */
  moderatorsSkipReview?: boolean
}

/**
 * Video sharing with moderation (seed 001, Kids Ascension): uploads checked from their bytes,
 * processed to HLS by the workers, reviewed in the admin's moderation queue, and played on the
 * sites that switch the `videos` feature on. Its collections belong to sites (`custom.site`); its
 * jobs, blocks and demo content reach the workers, pages and seed through the config.
 */
export const videoPlugin =
  ({ moderatorsSkipReview = true }: VideoPluginOptions = {}): Plugin =>
  (config) => {
    let next: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []),
        Videos,
        Kids,
        VideoShares,
        VideoComments,
        ModerationLog,
        VideoViews,
      ],
      custom: { ...config.custom, video: { moderatorsSkipReview } },
    }
    next = personalDataSources.add(next, videoPersonalData)
    next = siteFeatures.add(next, { label: 'Videos', value: VIDEO_FEATURE })
    next = addQueues(addVideoAdmin(addVideoBlocks(next)), {
      handlers: videoHandlers,
      queues: videoJobs,
    })
    return seedSteps.add(next, videoDemoSeed)
  }
