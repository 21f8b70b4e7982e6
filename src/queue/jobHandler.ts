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

export type HandlerRegistration<Data, Result> = {
  handler: JobHandler<Data, Result>
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
