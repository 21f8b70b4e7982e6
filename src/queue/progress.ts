import type { Db } from 'pg-boss'

/**
 * How far each running job is, for the admin's Jobs view: one row per job, written by the worker
 * that holds it. Lives beside pg-boss's tables so a listing joins it in one query. A completed
 * job's row is deleted; a failed or cancelled job keeps its row (where it stopped) until pg-boss
 * deletes the job itself, after which `sweepProgress` removes it.
 */
export const PROGRESS_TABLE = 'pgboss.prism_job_progress'

/** At most one write per job this often: a handler may report on every ffmpeg frame. */
const WRITE_INTERVAL_MS = 500

export async function ensureProgressTable(db: Db): Promise<void> {
  try {
    await db.executeSql(`CREATE TABLE IF NOT EXISTS ${PROGRESS_TABLE} (
      job_id uuid PRIMARY KEY,
      queue text NOT NULL,
      percent real NOT NULL,
      message text,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`)
  } catch (error) {
    // Two processes starting at once both pass IF NOT EXISTS; the loser's unique violation is harmless.
    if ((error as { code?: string }).code !== '23505') throw error
  }
}

/** Deletes the progress of jobs pg-boss no longer holds (deleted after their retention). */
export async function sweepProgress(db: Db): Promise<void> {
  await db.executeSql(
    `DELETE FROM ${PROGRESS_TABLE} p WHERE NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.id = p.job_id)`,
  )
}

type Attempt = { id: string; name: string; retryCount: number }

// The write also reads the job back, so a handler that reports progress learns within one report
// that its job was cancelled (or taken over), without waiting for pg-boss's heartbeat.
const UPSERT = `
  INSERT INTO ${PROGRESS_TABLE} (job_id, queue, percent, message, updated_at) VALUES ($1, $2, $3, $4, now())
  ON CONFLICT (job_id) DO UPDATE SET percent = excluded.percent, message = excluded.message, updated_at = now()
  RETURNING (SELECT state::text FROM pgboss.job WHERE name = $2 AND id = $1) AS state,
            (SELECT retry_count FROM pgboss.job WHERE name = $2 AND id = $1) AS retry_count`

export type ProgressReporter = {
  /** Records `percent` (0–100) and an optional message; throttled, never throws. */
  report: (percent: number, message?: string) => void
  /** Flushes the last report (a failed job shows where it stopped) or, once completed, deletes the row. */
  finish: (completed: boolean) => Promise<void>
}

/**
 * The `progress` of one attempt of a job. `onLost` is called when a write finds the job no longer
 * active under this attempt (cancelled, failed by the supervisor, retried elsewhere).
 */
export function progressReporter(
  db: Db,
  attempt: Attempt,
  onLost: (reason: Error) => void,
): ProgressReporter {
  let next: { message: null | string; percent: number } | undefined
  let lastWrite = 0
  let timer: NodeJS.Timeout | undefined
  let writes = Promise.resolve()
  let stored = false

  const write = () => {
    timer = undefined
    const value = next
    next = undefined
    if (!value) return
    lastWrite = Date.now()
    stored = true
    writes = writes
      .then(async () => {
        const { rows } = await db.executeSql(UPSERT, [
          attempt.id,
          attempt.name,
          value.percent,
          value.message,
        ])
        const job = rows[0] as { retry_count: null | number; state: null | string } | undefined
        if (job?.state !== 'active' || job.retry_count !== attempt.retryCount) {
          onLost(new Error(`Job ${attempt.id} is ${job?.state ?? 'gone'}: this attempt stops.`))
        }
      })
      // Progress is advisory: a write that fails (the pool closing at shutdown) never fails the job.
      .catch(() => {})
  }

  return {
    finish: async (completed) => {
      clearTimeout(timer)
      if (completed) next = undefined
      else write()
      await writes
      if (completed && stored)
        await db
          .executeSql(`DELETE FROM ${PROGRESS_TABLE} WHERE job_id = $1`, [attempt.id])
          .catch(() => {})
    },
    report: (percent, message) => {
      next = { message: message ?? null, percent: Math.min(100, Math.max(0, percent)) }
      if (timer) return
      const wait = lastWrite + WRITE_INTERVAL_MS - Date.now()
      if (wait <= 0) write()
      else timer = setTimeout(write, wait).unref()
    },
  }
}
