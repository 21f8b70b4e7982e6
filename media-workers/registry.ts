import type { Payload } from 'payload'
import type { Job, WorkOptions } from 'pg-boss'

import { queueJobs } from '../plugins/queue/jobs'
import type { QueueDefinitions } from '../src/queue/boss'
import { noop } from './handlers/noop'

export type Handler = (jobs: Job<never>[], context: { payload: Payload }) => Promise<unknown>

/** Every queue the workers serve: its pg-boss options (from the plugin that sends it) and its handler. */
export const queues: QueueDefinitions = { ...queueJobs }

export const handlers: Record<keyof typeof queues, { handler: Handler; options?: WorkOptions }> = {
  'queue.noop': { handler: noop, options: { batchSize: 1, localConcurrency: 2 } },
}
