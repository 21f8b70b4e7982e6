import { queueJobs } from '../plugins/queue/jobs'
import type { QueueDefinitions } from '../src/queue/boss'
import type { Handlers } from '../src/queue/jobHandler'
import { noop } from './handlers/noop'
import { runPayloadJobs } from './handlers/payloadJobs'

/** Every queue the workers serve, with its options as the sending plugin declares them in its `jobs.ts`. */
export const queues = { ...queueJobs } satisfies QueueDefinitions

/** The handler of every queue above (the compiler checks that none is missing and that data and results match). */
export const handlers: Handlers<typeof queues> = {
  'payload.jobs': { handler: runPayloadJobs },
  'queue.noop': { handler: noop, options: { batchSize: 10, burstWhenBatchFull: true } },
}
