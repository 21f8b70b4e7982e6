import type { Queue } from 'pg-boss'

/**
 * How a queue behaves, as pg-boss stores it (`retryLimit`, `retryDelay`, `retryBackoff`,
 * `expireInSeconds`, `heartbeatSeconds`, `deadLetter`, `retentionSeconds`, `deleteAfterSeconds`,
 * `policy`, `notify`...), plus `schedule`: a cron expression on which the workers send the job
 * themselves (`'* * * * *'`: every minute).
 *
 * Left out, `deadLetter` is `<name>.dead` and `heartbeatSeconds` is 30 (see `ensureQueues`).
 */
export type JobOptions = Omit<Queue, 'name'> & { schedule?: string }

declare const jobTypes: unique symbol

/**
 * A job's queue options, carrying the types of its data and result for the compiler only: the
 * sender's `send(name, data)` and the worker's handler are both checked against them.
 */
export type JobDeclaration<Data extends object = object, Result = unknown> = JobOptions & {
  readonly [jobTypes]?: { data: Data; result: Result }
}

/** The data a declared job is sent with. */
export type DataOf<Declaration> =
  Declaration extends JobDeclaration<infer Data extends object, unknown> ? Data : never

/** What a declared job's handler resolves with (stored as the job's `output`). */
export type ResultOf<Declaration> =
  Declaration extends JobDeclaration<object, infer Result> ? Result : never

/**
 * Declares a job once, in the `jobs.ts` of the plugin that sends it:
 * `'video.process': defineJob<{ videoId: number }, { status: string }>({ retryLimit: 3 })`.
 */
export const defineJob = <Data extends object, Result = void>(
  options: JobOptions = {},
): JobDeclaration<Data, Result> => options
