import { retryableStates } from '@/src/queue/jobStates'
import { jobAfter, jobOperation } from './jobOperation'

/**
 * Runs a failed or cancelled job again: a failed job gets one more attempt (pg-boss `retry`), a
 * cancelled one goes back to the queue as it was (`resume`). 400 for a job in another state.
 */
export const retryJob = jobOperation(
  (job) =>
    retryableStates.includes(job.state)
      ? undefined
      : `Only failed or cancelled jobs can be retried; this job is ${job.state}.`,
  async (boss, scope, job) => {
    if (job.state === 'failed') await boss.retry(job.queue, job.id)
    else await boss.resume(job.queue, job.id)
    return jobAfter(boss, scope, job, {
      took: (state) => !retryableStates.includes(state),
      verb: 'retried',
    })
  },
)
