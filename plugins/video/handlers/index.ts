import type { Handlers } from '@/src/queue/jobHandler'
import type { VideoJobs } from '../jobs'
import { processVideo } from './videoProcess'
import { failDeadVideo } from './videoProcessDead'
import { publishVideo } from './videoPublish'
import { purgeRejectedVideos } from './videoPurge'
import { sweepOrphans } from './videoSweep'

/** The workers' handler of every video job (the compiler checks that none is missing and that data and results match). */
export const videoHandlers: Handlers<VideoJobs> = {
  // ffmpeg uses every core: one transcode at a time per worker process; run more workers to scale.
  'video.process': {
    handler: processVideo,
    onDead: failDeadVideo,
    options: { localConcurrency: 1 },
  },
  'video.publish': { handler: publishVideo, options: { localConcurrency: 2 } },
  'video.purge': { handler: purgeRejectedVideos },
  'video.sweep': { handler: sweepOrphans },
}
