import { queueJobs } from '../plugins/queue/jobs'
import { videoJobs } from '../plugins/video/jobs'
import type { QueueDefinitions } from '../src/queue/boss'
import type { Handlers } from '../src/queue/jobHandler'
import { noop } from './handlers/noop'
import { runPayloadJobs } from './handlers/payloadJobs'
import { processVideo } from './handlers/videoProcess'
import { publishVideo } from './handlers/videoPublish'
import { failDeadVideo } from './handlers/videoProcessDead'
import { purgeRejectedVideos } from './handlers/videoPurge'
import { sweepOrphans } from './handlers/videoSweep'

/** Every queue the workers serve, with its options as the sending plugin declares them in its `jobs.ts`. */
export const queues = { ...queueJobs, ...videoJobs } satisfies QueueDefinitions

/** The handler of every queue above (the compiler checks that none is missing and that data and results match). */
export const handlers: Handlers<typeof queues> = {
  'payload.jobs': { handler: runPayloadJobs },
  // Not batched: a batch settles when its last job ends, and a drill holds its job for a while.
  'queue.noop': { handler: noop, options: { localConcurrency: 2 } },
  // ffmpeg uses every core: one transcode at a time per worker process; run more workers to scale.
  'video.process': { handler: processVideo, onDead: failDeadVideo, options: { localConcurrency: 1 } },
  'video.publish': { handler: publishVideo, options: { localConcurrency: 2 } },
  'video.purge': { handler: purgeRejectedVideos },
  'video.sweep': { handler: sweepOrphans },
}
