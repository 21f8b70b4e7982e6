import { defineJob } from '../../src/queue/defineJob'
import type { QueueDefinitions } from '../../src/queue/boss'
import { createSender } from '../../src/queue/sender'

export type NoopJob = {
  requestedAt: string
  /** Keep the job running this long, reporting progress and honouring cancel: for shutdown drills. */
  holdMs?: number
}

export type NoopResult = { answeredAt: string; worker: string }

/** The jobs of the queue plugin itself; every plugin declares its own next to its senders. */
export const queueJobs = {
  /** Does nothing but answer: proves that a worker is connected and taking jobs. */
  'queue.noop': defineJob<NoopJob, NoopResult>({
    expireInSeconds: 15 * 60,
    // The minimum pg-boss allows: a killed worker's job is back within seconds.
    heartbeatSeconds: 10,
    notify: true,
    retryBackoff: true,
    retryDelay: 1,
    retryLimit: 2,
  }),
  /**
   * Runs Payload's own due jobs (scheduled publishing: `schedulePublish` on pages and posts) every
   * minute, so they go through the same workers and show in the same Jobs view. `stately`: one
   * waits while one runs, never a pile-up behind a slow run.
   */
  'payload.jobs': defineJob<object, { ran: number }>({
    expireInSeconds: 10 * 60,
    notify: true,
    policy: 'stately',
    retryLimit: 0,
    schedule: '* * * * *',
  }),
} satisfies QueueDefinitions

export const sendQueueJob = createSender(queueJobs)
