import { APIError } from 'payload'

import { requeueableStates } from '@/src/queue/jobStates'
import { findJob } from './listJobs'
import { jobOperation } from './jobOperation'

/** What a dead letter settles with once it is back on its queue, for whoever reads it later. */
export type RequeuedOutput = { requeuedAs: string; requeuedTo: string }

/**
 * Sends a dead letter (a job that ran out of retries and waits in `<name>.dead`) back onto the
 * queue it died on, as a new job with the same data (its site included) and that queue's retries.
 * The dead letter is then settled (completed, with the new job's id), and only once: of two clicks
 * at the same moment, the second's new job is withdrawn.
 * 400 for a job that is not a waiting dead letter.
 */
export const requeueDeadLetter = jobOperation(
  ({ deadLetterOf, queue, state }) => {
    if (!deadLetterOf)
      return `"${queue}" is not a dead-letter queue: retry or cancel the job instead.`
    if (!requeueableStates.includes(state))
      return `Only a dead letter that still waits can be sent back to "${deadLetterOf}"; this one is ${state}.`
  },
  async (boss, scope, { id, deadLetterOf, queue }) => {
    // The refusal above turned away every job that is not a dead letter.
    const target = deadLetterOf!
    const { data } = (await boss.getJobById<object>(queue, id)) ?? {}
    const requeued = await boss.send(target, data ?? {})
    if (!requeued)
      throw new APIError(
        `The queue "${target}" refused the job (one like it is already waiting).`,
        409,
      )
    const output: RequeuedOutput = { requeuedAs: requeued, requeuedTo: target }
    const settled = (await boss.complete(queue, id, output, { includeQueued: true })) as {
      affected?: number
    }
    if (!settled.affected) {
      // Another operator sent it back (or cancelled it) between the read and now: theirs stands.
      await boss.deleteJob(target, requeued)
      throw new APIError('The dead letter changed meanwhile and was not sent back.', 409)
    }
    return (await findJob(boss.getDb(), target, requeued, scope))!
  },
)
