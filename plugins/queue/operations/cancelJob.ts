import { APIError } from 'payload'
import type { PgBoss } from 'pg-boss'

import type { JobScope } from '@/src/queue/jobScope'
import { cancellableStates } from '@/src/queue/jobStates'
import { findJob, type JobSummary } from '@/src/queue/listJobs'

/**
 * Cancels a job that has not finished. A running job's handler is told through its `signal` (at
 * its next progress report or heartbeat) and stops. 404 for an unknown job (or one of a site outside `scope`), 400 for a finished one.
 */
export async function cancelJob(
  boss: PgBoss,
  scope: JobScope,
  queue: string,
  id: string,
): Promise<JobSummary> {
  const job = await findJob(boss.getDb(), queue, id, scope)
  if (!job) throw new APIError(`There is no job ${id} in the queue "${queue}".`, 404)
  if (!cancellableStates.includes(job.state)) {
    throw new APIError(
      `Only created, retrying or active jobs can be cancelled; this job is ${job.state}.`,
      400,
    )
  }
  await boss.cancel(queue, id)
  const after = await findJob(boss.getDb(), queue, id, scope)
  // Someone else acted on the job between the read and the update (a worker completed it).
  if (after?.state !== 'cancelled')
    throw new APIError(
      `The job changed meanwhile and was not cancelled; it is now ${after?.state ?? 'gone'}.`,
      409,
    )
  return after
}
