import type { Handlers } from '@/src/queue/jobHandler'
import type { queueJobs } from '../jobs'
import { noop } from './noop'
import { runPayloadJobs } from './payloadJobs'

/** The workers' handlers of the queue plugin's own jobs. */
export const queueHandlers: Handlers<typeof queueJobs> = {
  'payload.jobs': { handler: runPayloadJobs },
  // Not batched: a batch settles when its last job ends, and a drill holds its job for a while.
  'queue.noop': { handler: noop, options: { localConcurrency: 2 } },
}
