import type { JobContext } from '@/src/queue/jobHandler'

/** Payload's jobs taken per round; rounds repeat while they come back full. */
const LIMIT = 50

/**
 * Runs Payload's due jobs (scheduled publishing, and any task with a `schedule`), sent every
 * minute by the `payload.jobs` schedule: what Payload's own cron would do, on the same workers.
 */
export async function runPayloadJobs(
  _data: object,
  { payload, signal }: JobContext,
): Promise<{ ran: number }> {
  if (payload.config.jobs.scheduling) await payload.jobs.handleSchedules({ allQueues: true })
  let ran = 0
  for (;;) {
    signal.throwIfAborted()
    const { jobStatus = {} } = await payload.jobs.run({ allQueues: true, limit: LIMIT })
    const count = Object.keys(jobStatus).length
    ran += count
    if (count < LIMIT) return { ran }
  }
}
