import { APIError } from 'payload'
import type { PgBoss } from 'pg-boss'

import type { JobScope } from '@/src/queue/jobScope'
import type { JobState } from '@/src/queue/jobStates'
import { findJob, type JobSummary } from './listJobs'

/** An operator's action on one job of a queue: answers with the job as it is afterwards. */
export type JobOperation = (
  boss: PgBoss,
  scope: JobScope,
  queue: string,
  id: string,
) => Promise<JobSummary>

/**
 * An operation that acts on a job unless `refusal` gives a reason not to (400). An unknown job, or
 * one of a site outside `scope`, is a 404.
 */
export const jobOperation =
  (
    refusal: (job: JobSummary) => string | undefined,
    act: (boss: PgBoss, scope: JobScope, job: JobSummary) => Promise<JobSummary>,
  ): JobOperation =>
  async (boss, scope, queue, id) => {
    const job = await findJob(boss.getDb(), queue, id, scope)
    if (!job) throw new APIError(`There is no job ${id} in the queue "${queue}".`, 404)
    const reason = refusal(job)
    if (reason) throw new APIError(reason, 400)
    return act(boss, scope, job)
  }

/**
 * The job read again after an update in place; 409 unless `took` holds for its state: someone else
 * acted on the job between the read and the update (a worker completed it, another operator).
 */
export async function jobAfter(
  boss: PgBoss,
  scope: JobScope,
  { id, queue }: JobSummary,
  { took, verb }: { took: (state: JobState) => boolean; verb: string },
): Promise<JobSummary> {
  const after = await findJob(boss.getDb(), queue, id, scope)
  if (!after || !took(after.state))
    throw new APIError(
      `The job changed meanwhile and was not ${verb}; it is now ${after?.state ?? 'gone'}.`,
      409,
    )
  return after
}
