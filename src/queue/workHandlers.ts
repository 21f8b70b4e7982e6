import type { Payload } from 'payload'
import type { Job, JobResult, JobWithMetadata, PgBoss } from 'pg-boss'

import type { QueueDefinitions } from './boss'
import type { DeadJobHandler, HandlerRegistration, Handlers, JobHandler } from './jobHandler'
import { progressReporter } from './progress'

type Options = {
  payload: Payload
  /**
   * How often a running job's heartbeat is refreshed, in seconds. A refresh also notices that the
   * job was cancelled and aborts its `signal`, so this bounds how long a cancel takes to reach a
   * handler that reports no progress (default 5).
   */
  heartbeatRefreshSeconds?: number
}

/** Takes jobs from every queue that has a handler; each job runs with a context of its own. */
export async function workHandlers<Queues extends QueueDefinitions>(
  boss: PgBoss,
  handlers: Handlers<Queues>,
  options: Options,
): Promise<void> {
  for (const name in handlers) await work(boss, name, handlers[name], options)
}

async function work<Data extends object, Result>(
  boss: PgBoss,
  name: string,
  { handler, onDead, options }: HandlerRegistration<Data, Result>,
  { heartbeatRefreshSeconds = 5, payload }: Options,
): Promise<void> {
  // NOTIFY wakes a worker for a new job, but not for a retry coming due or a job retried or resumed
  // from the Jobs view: those wait for the backstop poll, 30 s by default, 2 s here.
  const defaults = { heartbeatRefreshSeconds, notifyPollingIntervalSeconds: 2 }
  // Per-job results: one job of a batch failing does not fail the others.
  await boss.work<Data>(name, { ...defaults, ...options, perJobResults: true }, (jobs) =>
    Promise.all(jobs.map((job) => runJob(boss, job, handler, payload))),
  )
  if (!onDead) return
  // A job dies in its dead-letter queue however it failed, a killed worker's last attempt included:
  // taking that queue's jobs is the one place that sees every death.
  const deadLetter = (await boss.getQueue(name))?.deadLetter
  if (!deadLetter) throw new Error(`${name} has an onDead handler but no dead-letter queue.`)
  await boss.work(
    deadLetter,
    { ...defaults, includeMetadata: true, perJobResults: true },
    (jobs: JobWithMetadata<Data>[]) =>
      Promise.all(jobs.map((job) => runDeadJob(job, name, onDead, payload))),
  )
}

async function runDeadJob<Data>(
  job: JobWithMetadata<Data>,
  name: string,
  onDead: DeadJobHandler<Data>,
  payload: Payload,
): Promise<JobResult> {
  try {
    const output = await onDead(job.data, {
      job: { id: job.sourceId ?? job.id, name },
      payload,
      reason: deathReason(job.sourceOutput),
      signal: job.signal,
    })
    return { id: job.id, output, status: 'completed' }
  } catch (error) {
    return { id: job.id, output: failure(error), status: 'failed' }
  }
}

/** pg-boss's own reasons, in words for the person who waits for the job. */
const bossReasons: Record<string, string> = {
  'job heartbeat timeout':
    'The worker running it stopped answering (killed or cut off) on its last attempt.',
  'job timed out': 'Its last attempt ran past its time limit.',
}

/** The message of a failed job's output: ours (`{ message }`) or pg-boss's (`{ value: { message } }`). */
function deathReason(output: object | null): string {
  const value = (output as { value?: unknown } | null)?.value
  const message =
    (output as { message?: unknown } | null)?.message ??
    (value as { message?: unknown } | undefined)?.message ??
    value
  if (typeof message !== 'string' || !message) return 'Its last attempt failed without a reason.'
  return bossReasons[message] ?? message
}

async function runJob<Data, Result>(
  boss: PgBoss,
  job: Job<Data>,
  handler: JobHandler<Data, Result>,
  payload: Payload,
): Promise<JobResult> {
  const lost = new AbortController()
  const attempt = { id: job.id, name: job.name, retryCount: job.retryCount }
  const progress = progressReporter(boss.getDb(), attempt, (reason) => lost.abort(reason))
  const signal = AbortSignal.any([job.signal, lost.signal])
  try {
    const output = await handler(job.data, {
      job: attempt,
      payload,
      progress: progress.report,
      signal,
    })
    await progress.finish(true)
    return { id: job.id, output, status: 'completed' }
  } catch (error) {
    await progress.finish(false)
    return { id: job.id, output: failure(error), status: 'failed' }
  }
}

/** pg-boss's serializer drops the message of a DOMException (an AbortError): keep it for the Jobs view. */
const failure = (error: unknown): unknown =>
  error instanceof Error
    ? { ...error, name: error.name, message: error.message, stack: error.stack }
    : error
