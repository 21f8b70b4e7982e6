/** pg-boss's job states, in its own order (no import of pg-boss: the admin's client code reads this). */
export const jobStates = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const

export type JobState = (typeof jobStates)[number]

export const isJobState = (value: unknown): value is JobState =>
  jobStates.includes(value as JobState)

/** States from which `retry` brings a job back: failed (pg-boss `retry`) and cancelled (`resume`). */
export const retryableStates: readonly JobState[] = ['failed', 'cancelled']

/** States in which a job can still be cancelled. */
export const cancellableStates: readonly JobState[] = ['created', 'retry', 'active']

/** States in which a dead letter can be sent back to the queue it died on (not taken, not settled). */
export const requeueableStates: readonly JobState[] = ['created', 'retry', 'failed', 'cancelled']
