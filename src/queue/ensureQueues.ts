import type { PgBoss, UpdateQueueOptions } from 'pg-boss'

import type { QueueDefinitions } from './boss'

/** A job that stops heartbeating (its worker was killed) returns to the queue after this long. */
const DEFAULT_HEARTBEAT_SECONDS = 30

/** Jobs that exhausted their retries wait in `<name>.dead` for a month before pg-boss deletes them. */
const DEAD_LETTER_RETENTION_SECONDS = 30 * 24 * 60 * 60

type Options = {
  /** Register (or remove) each queue's `schedule`: only processes that run schedules (workers). */
  schedules: boolean
  /** Bring existing queues' options up to date with their declarations. */
  update: boolean
}

/**
 * Creates every declared queue, its dead-letter queue first (pg-boss refuses a `deadLetter` that
 * does not exist yet). Idempotent, and safe to run from several processes at once.
 */
export async function ensureQueues(
  boss: PgBoss,
  queues: QueueDefinitions,
  { schedules, update }: Options,
): Promise<void> {
  for (const [name, { schedule, ...declared }] of Object.entries(queues)) {
    const options = {
      deadLetter: `${name}.dead`,
      heartbeatSeconds: DEFAULT_HEARTBEAT_SECONDS,
      ...declared,
    }
    if (options.deadLetter && !(await boss.getQueue(options.deadLetter))) {
      await boss.createQueue(options.deadLetter, {
        retentionSeconds: DEAD_LETTER_RETENTION_SECONDS,
      })
    }
    const existing = await boss.getQueue(name)
    if (!existing) await boss.createQueue(name, options)
    else if (update) {
      // Policy and partitioning are fixed when a queue is created.
      const { partition: _partition, policy: _policy, ...changeable } = options
      await boss.updateQueue(name, changeable satisfies UpdateQueueOptions)
    }
    if (schedules) {
      if (schedule) await boss.schedule(name, schedule, null, { missed: 'once' })
      else await boss.unschedule(name)
    }
  }
}
