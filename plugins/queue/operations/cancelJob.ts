import { cancellableStates } from '@/src/queue/jobStates'
import { jobAfter, jobOperation } from './jobOperation'

/**
 * Cancels a job that has not finished. A running job's handler is told through its `signal` (at
 * its next progress report or heartbeat) and stops. 400 for a finished job.
 */
export const cancelJob = jobOperation(
  (job) =>
    cancellableStates.includes(job.state)
      ? undefined
      : `Only created, retrying or active jobs can be cancelled; this job is ${job.state}.`,
  async (boss, scope, job) => {
    await boss.cancel(job.queue, job.id)
    return jobAfter(boss, scope, job, { took: (state) => state === 'cancelled', verb: 'cancelled' })
  },
)
