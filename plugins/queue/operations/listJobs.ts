import type { Db } from 'pg-boss'

import { type JobScope, scopeCondition, scopeParameter } from '@/src/queue/jobScope'
import type { JobState } from '@/src/queue/jobStates'
import { PROGRESS_TABLE } from '@/src/queue/progress'

export type JobSummary = {
  id: string
  queue: string
  /** The queue this dead-letter queue collects failures of (a dead letter can go back there), else null. */
  deadLetterOf: null | string
  /** The site the job acts for; null for an instance-wide job. */
  site: null | number
  state: JobState
  /** Attempts so far beyond the first, and how many retries the job has. */
  retryCount: number
  retryLimit: number
  progress: null | { message: null | string; percent: number; updatedAt: string }
  /** Why the last attempt failed (failed jobs, and jobs waiting to retry). */
  error: null | string
  createdAt: string
  /** When the job may start (later than `createdAt` for a delayed job or a retry). */
  startAfter: string
  startedAt: null | string
  completedAt: null | string
  /** The job's data as JSON, cut to 200 characters. */
  data: string
}

export type JobFilter = { limit?: number; page?: number; queue?: string; state?: JobState }

export type JobPage = {
  docs: JobSummary[]
  limit: number
  page: number
  totalDocs: number
  totalPages: number
}

type Row = {
  completed_on: Date | null
  created_on: Date
  data: null | string
  dead_letter_of: null | string
  error: null | string
  id: string
  message: null | string
  percent: null | number
  queue: string
  retry_count: number
  retry_limit: number
  site: null | string
  start_after: Date
  started_on: Date | null
  state: JobState
  updated_at: Date | null
}

// pg-boss stores a thrown error as `{ message, stack }` and its own failures (timeouts, shutdown)
// as `{ value: { message } }` or `{ value: '...' }`.
const SELECT = `
  SELECT j.id, j.name AS queue, j.state, j.retry_count, j.retry_limit, j.created_on, j.start_after, j.started_on, j.completed_on,
    left(j.data::text, 200) AS data, j.data->>'site' AS site,
    (SELECT q.name FROM pgboss.queue q WHERE q.dead_letter = j.name ORDER BY q.name LIMIT 1) AS dead_letter_of,
    CASE WHEN j.state IN ('failed', 'retry') THEN COALESCE(
      j.output->>'message', j.output->'value'->>'message',
      CASE WHEN jsonb_typeof(j.output->'value') = 'string' THEN j.output->>'value' END)
    END AS error,
    p.percent, p.message, p.updated_at
  FROM pgboss.job j LEFT JOIN ${PROGRESS_TABLE} p ON p.job_id = j.id`

// pg-boss's own jobs (`__pgboss__send-it`: a schedule coming due) are its business, not an operator's.
const FILTER = `WHERE j.name NOT LIKE '\\_\\_pgboss%' AND ($1::text IS NULL OR j.name = $1) AND ($2::text IS NULL OR j.state::text = $2) AND ${scopeCondition(3)}`

export const MAX_PAGE_SIZE = 100

/** The latest jobs in `scope` first, for the Jobs view and `GET /api/queue/jobs`. */
export async function listJobs(
  db: Db,
  scope: JobScope,
  { limit = 20, page = 1, queue, state }: JobFilter = {},
): Promise<JobPage> {
  const size = Math.min(Math.max(1, limit), MAX_PAGE_SIZE)
  const filter = [queue ?? null, state ?? null, scopeParameter(scope)]
  const [{ rows }, { rows: counted }] = await Promise.all([
    db.executeSql(`${SELECT} ${FILTER} ORDER BY j.created_on DESC, j.id LIMIT $4 OFFSET $5`, [
      ...filter,
      size,
      (page - 1) * size,
    ]),
    db.executeSql(`SELECT count(*) AS total FROM pgboss.job j ${FILTER}`, filter),
  ])
  const totalDocs = Number((counted[0] as { total: string }).total)
  return {
    docs: (rows as Row[]).map(toSummary),
    limit: size,
    page,
    totalDocs,
    totalPages: Math.ceil(totalDocs / size),
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * One job of a queue in `scope`, or null when there is none: an id that is not a uuid, or a job of
 * another site, is answered like a job that does not exist.
 */
export async function findJob(
  db: Db,
  queue: string,
  id: string,
  scope: JobScope,
): Promise<JobSummary | null> {
  if (!UUID.test(id)) return null
  const { rows } = await db.executeSql(
    `${SELECT} WHERE j.name = $1 AND j.id = $2::uuid AND ${scopeCondition(3)}`,
    [queue, id, scopeParameter(scope)],
  )
  return rows[0] ? toSummary(rows[0] as Row) : null
}

const iso = (date: Date | null): null | string => (date ? date.toISOString() : null)

function toSummary(row: Row): JobSummary {
  return {
    id: row.id,
    completedAt: iso(row.completed_on),
    createdAt: row.created_on.toISOString(),
    data: row.data ?? '',
    deadLetterOf: row.dead_letter_of,
    error: row.error,
    progress:
      row.percent === null
        ? null
        : { message: row.message, percent: row.percent, updatedAt: iso(row.updated_at)! },
    queue: row.queue,
    retryCount: row.retry_count,
    retryLimit: row.retry_limit,
    site: row.site !== null && /^\d+$/.test(row.site) ? Number(row.site) : null,
    startAfter: row.start_after.toISOString(),
    startedAt: iso(row.started_on),
    state: row.state,
  }
}
