import type { QueueDefinitions } from '../../src/queue/boss'

/** The jobs of the queue plugin itself; every plugin declares its own next to its senders. */
export const queueJobs = {
  /** Does nothing but answer: proves that a worker is connected and taking jobs. */
  'queue.noop': {
    expireInSeconds: 60,
    notify: true,
    retryBackoff: true,
    retryDelay: 1,
    retryLimit: 2,
  },
} satisfies QueueDefinitions

export type QueueJobPayloads = {
  'queue.noop': { requestedAt: string }
}

export type QueueJobResults = {
  'queue.noop': { answeredAt: string; worker: string }
}
