import type { Payload } from 'payload'
import type { WorkOptions } from 'pg-boss'

import type { QueueDefinitions } from './boss'
import type { DataOf, ResultOf } from './defineJob'

/** What a handler gets besides the job's data. */
export type JobContext = {
  /** The attempt being run: `retryCount` is 0 on the first. */
  job: { id: string; name: string; retryCount: number }
  payload: Payload
  /** Shows how far the job is in the admin's Jobs view (`percent` 0–100). Throttled; never throws. */
  progress: (percent: number, message?: string) => void
  /**
   * Aborted when the job is cancelled, when the worker shuts down and the grace period is over,
   * or when the job's claim is lost. Stop, and throw (`signal.throwIfAborted()`): the job then
   * stays cancelled, or returns to the queue for another worker.
   */
  signal: AbortSignal
}

/** Runs one job; what it resolves with is stored as the job's `output`, what it throws fails the attempt. */
export type JobHandler<Data, Result> = (data: Data, context: JobContext) => Promise<Result>

/** What a dead-letter handler gets: the dead job's data comes as the first argument. */
export type DeadJobContext = {
  /** The job that died: its original id (as it was when it ran) and queue. */
  job: { id: string; name: string }
  payload: Payload
  /** Why its last attempt failed, for a person: its error message, or what stopped it (a missed heartbeat, the time limit). */
  reason: string
  signal: AbortSignal
}

/**
 * Runs when a job exhausted its retries and reached its dead-letter queue (`<name>.dead`), however
 * it died: its handler threw every time, or its worker was killed on the last attempt. It leaves
 * the job's document in a final state (`failed` with the reason), never as the job found it.
 */
export type DeadJobHandler<Data> = (data: Data, context: DeadJobContext) => Promise<unknown>

export type HandlerRegistration<Data, Result> = {
  handler: JobHandler<Data, Result>
  /** What becomes of the job's document once the job is dead; the workers take the dead-letter queue's jobs and run it. */
  onDead?: DeadJobHandler<Data>
  /**
   * pg-boss work options. `localConcurrency`: jobs run at once per worker process (default 1).
   * `batchSize` jobs are fetched at once and run concurrently, but settle together when the last
   * ends; with `burstWhenBatchFull` (fetch again while batches come back full) it suits queues of
   * many short jobs only.
   */
  options?: Omit<WorkOptions, 'includeMetadata' | 'perJobResults' | 'transactional'>
}

/** One handler for every declared queue, typed by its declaration. */
export type Handlers<Queues extends QueueDefinitions> = {
  [Name in keyof Queues]: HandlerRegistration<DataOf<Queues[Name]>, ResultOf<Queues[Name]>>
}
