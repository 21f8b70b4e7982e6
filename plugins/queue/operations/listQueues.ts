import type { Db } from 'pg-boss'

import { type JobScope, scopeCondition, scopeParameter } from '@/src/queue/jobScope'
import type { JobState } from '@/src/queue/jobStates'

export type QueueSummary = {
  name: string
  /** Jobs of this queue in the operator's scope per state (those pg-boss still keeps: completed ones go after their retention). */
  counts: Record<JobState, number>
  /** The queue its failed jobs move to, and how many wait there. */
  deadLetter: null | string
  deadLetterCount: number
  /** Whether this queue is another queue's dead-letter queue (nothing works it). */
  isDeadLetter: boolean
  /** Cron of the workers' own schedule for this queue, if any. */
  schedule: null | string
}

type Row = { dead_letter: null | string; name: string; schedule: null | string } & Record<
  JobState,
  string
>

// Counted live rather than from pg-boss's cached stats (refreshed once a minute, and for every
// site at once) so an action in the Jobs view shows at once and each operator counts only the
// jobs of their sites. Queue names are the same for every site and are listed to all operators.
// pg-boss's internal queues (`__pgboss__*`) are left out.
const SQL = `
  SELECT q.name, q.dead_letter, s.cron AS schedule,
    count(j.id) FILTER (WHERE j.state = 'created') AS created,
    count(j.id) FILTER (WHERE j.state = 'retry') AS retry,
    count(j.id) FILTER (WHERE j.state = 'active') AS active,
    count(j.id) FILTER (WHERE j.state = 'completed') AS completed,
    count(j.id) FILTER (WHERE j.state = 'cancelled') AS cancelled,
    count(j.id) FILTER (WHERE j.state = 'failed') AS failed
  FROM pgboss.queue q
  LEFT JOIN pgboss.job j ON j.name = q.name AND ${scopeCondition(1)}
  LEFT JOIN pgboss.schedule s ON s.name = q.name AND s.key = ''
  WHERE q.name NOT LIKE '\\_\\_pgboss%'
  GROUP BY q.name, q.dead_letter, s.cron
  ORDER BY q.name`

/** Every queue with its counts of the jobs in `scope`, for the Jobs view and `GET /api/queue/queues`. */
export async function listQueues(db: Db, scope: JobScope): Promise<QueueSummary[]> {
  const rows = (await db.executeSql(SQL, [scopeParameter(scope)])).rows as Row[]
  const counts = new Map(
    rows.map((row) => [
      row.name,
      {
        active: Number(row.active),
        cancelled: Number(row.cancelled),
        completed: Number(row.completed),
        created: Number(row.created),
        failed: Number(row.failed),
        retry: Number(row.retry),
      },
    ]),
  )
  const deadLetters = new Set(rows.map((row) => row.dead_letter).filter(Boolean))
  return rows.map((row) => {
    const dead = row.dead_letter ? counts.get(row.dead_letter) : undefined
    return {
      counts: counts.get(row.name)!,
      deadLetter: row.dead_letter,
      // Dead letters wait as `created` jobs: nothing works a dead-letter queue.
      name: row.name,
      deadLetterCount: dead ? dead.created + dead.retry : 0,
      isDeadLetter: deadLetters.has(row.name),
      schedule: row.schedule,
    }
  })
}
