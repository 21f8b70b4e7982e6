import type { Payload } from 'payload'
import type { Job, JobResult, PgBoss } from 'pg-boss'

import type { QueueDefinitions } from './boss'
import type { HandlerRegistration, Handlers, JobHandler } from './jobHandler'
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
export async function workHandlers<Queues extends QueueDefinitions>(boss: PgBoss, handlers: Handlers<Queues>, options: Options): Promise<void> {
  for (const name in handlers) await work(boss, name, handlers[name], options)
}

async function work<Data extends object, Result>(boss: PgBoss, name: string, { handler, options }: HandlerRegistration<Data, Result>, { heartbeatRefreshSeconds = 5, payload }: Options): Promise<void> {
  // Per-job results: one job of a batch failing does not fail the others.
  await boss.work<Data>(name, { heartbeatRefreshSeconds, ...options, perJobResults: true }, (jobs) =>
    Promise.all(jobs.map((job) => runJob(boss, job, handler, payload))),
  )
}

async function runJob<Data, Result>(boss: PgBoss, job: Job<Data>, handler: JobHandler<Data, Result>, payload: Payload): Promise<JobResult> {
  const lost = new AbortController()
  const attempt = { id: job.id, name: job.name, retryCount: job.retryCount }
  const progress = progressReporter(boss.getDb(), attempt, (reason) => lost.abort(reason))
  const signal = AbortSignal.any([job.signal, lost.signal])
  try {
    const output = await handler(job.data, { job: attempt, payload, progress: progress.report, signal })
    await progress.finish(true)
    return { id: job.id, output, status: 'completed' }
  } catch (error) {
    await progress.finish(false)
    return { id: job.id, output: error, status: 'failed' }
  }
}
