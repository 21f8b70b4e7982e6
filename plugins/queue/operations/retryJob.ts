import { APIError } from 'payload'
import type { PgBoss } from 'pg-boss'

import type { JobScope } from '@/src/queue/jobScope'
import { findJob, type JobSummary } from '@/src/queue/listJobs'
import { retryableStates } from '@/src/queue/jobStates'

/**
 * Runs a failed or cancelled job again: a failed job gets one more attempt (pg-boss `retry`), a
 * cancelled one goes back to the queue as it was (`resume`). 404 for an unknown job (or one of a site outside `scope`), 400 otherwise.
 */
export async function retryJob(
  boss: PgBoss,
  scope: JobScope,
  queue: string,
  id: string,
): Promise<JobSummary> {
  const job = await findJob(boss.getDb(), queue, id, scope)
  if (!job) throw new APIError(`There is no job ${id} in the queue "${queue}".`, 404)
  if (!retryableStates.includes(job.state)) {
    throw new APIError(
      `Only failed or cancelled jobs can be retried; this job is ${job.state}.`,
      400,
    )
  }
  if (job.state === 'failed') await boss.retry(queue, id)
  else await boss.resume(queue, id)
  const after = await findJob(boss.getDb(), queue, id, scope)
  // Someone else acted on the job between the read and the update.
  if (!after || retryableStates.includes(after.state))
    throw new APIError(
      `The job changed meanwhile and was not retried; it is now ${after?.state ?? 'gone'}.`,
      409,
    )
  return after
}
