import type { Payload } from 'payload'
import type { PgBoss } from 'pg-boss'

import { type BossSettings, type QueueDefinitions, startBoss } from '../src/queue/boss'
import type { Handlers } from '../src/queue/jobHandler'
import { sweepProgress } from '../src/queue/progress'
import { workHandlers } from '../src/queue/workHandlers'

export type WorkerOptions<Queues extends QueueDefinitions> = {
  databaseUri: string
  payload: Payload
  queues: Queues
  handlers: Handlers<Queues>
  /** pg-boss maintenance: `superviseIntervalSeconds` and `monitorIntervalSeconds` bound how late a dead worker's job returns. */
  settings?: BossSettings
  /** See `workHandlers`: how soon a cancel reaches a handler that reports no progress (default 5 s). */
  heartbeatRefreshSeconds?: number
}

export type Worker = {
  boss: PgBoss
  /**
   * Takes no new job, gives the active ones `graceSeconds` (at least 1) to finish, then aborts what
   * is left: those jobs fail this attempt and return to the queue (retry) for another worker.
   */
  stop: (graceSeconds: number) => Promise<void>
}

const SWEEP_MS = 60 * 60 * 1000

/** A worker in this process: the queues created, a handler per queue taking jobs, and supervision. */
export async function startWorker<Queues extends QueueDefinitions>({
  databaseUri,
  handlers,
  heartbeatRefreshSeconds,
  payload,
  queues,
  settings,
}: WorkerOptions<Queues>): Promise<Worker> {
  let stopping: Promise<void> | undefined
  const boss = await startBoss(databaseUri, queues, 'worker', {
    ...settings,
    // Once stopping, handlers aborted at the end of the grace period settle against a closed pool:
    // pg-boss reports each as an error, though their jobs are already back in the queue.
    onError: (error) => {
      if (stopping) payload.logger.debug({ err: error }, '[worker] after stop')
      else payload.logger.error({ err: error }, '[worker] queue error')
    },
  })
  await sweepProgress(boss.getDb())
  const sweep = setInterval(
    () => void sweepProgress(boss.getDb()).catch(() => {}),
    SWEEP_MS,
  ).unref()
  await workHandlers(boss, handlers, { heartbeatRefreshSeconds, payload })

  const stop = (graceSeconds: number) => {
    clearInterval(sweep)
    stopping ??= boss.stop({ graceful: true, timeout: graceSeconds * 1000 })
    return stopping
  }
  return { boss, stop }
}
