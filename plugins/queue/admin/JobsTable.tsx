import { Button, Pill } from '@payloadcms/ui'

import { AdminTable } from '@/src/admin/AdminTable'
import {
  cancellableStates,
  type JobState,
  requeueableStates,
  retryableStates,
} from '@/src/queue/jobStates'
import type { JobSummary } from '../operations/listJobs'

export type JobAction = 'cancel' | 'requeue' | 'retry'

type Props = {
  jobs: JobSummary[]
  /** The job an action is running on: its buttons are disabled until it answers. */
  busy: null | string
  onAction: (action: JobAction, job: JobSummary) => void
}

/** A dead letter that still waits can go back to the queue it died on. */
const canRequeue = (job: JobSummary) =>
  Boolean(job.deadLetterOf) && requeueableStates.includes(job.state)

/** The buttons of a job's row, in this order, each shown only in the states it applies to. */
const jobActions: {
  action: JobAction
  describe: (job: JobSummary) => string
  label: string
  offered: (job: JobSummary) => boolean
}[] = [
  {
    action: 'requeue',
    describe: (job) => `Send job ${job.id} back to ${job.deadLetterOf}`,
    label: 'Send back',
    offered: canRequeue,
  },
  {
    action: 'retry',
    describe: (job) => `Retry job ${job.id}`,
    label: 'Retry',
    offered: (job) => retryableStates.includes(job.state),
  },
  {
    action: 'cancel',
    describe: (job) => `Cancel job ${job.id}`,
    label: 'Cancel',
    offered: (job) => cancellableStates.includes(job.state),
  },
]

const pillStyles: Record<JobState, 'error' | 'light' | 'light-gray' | 'success' | 'warning'> = {
  active: 'warning',
  cancelled: 'light-gray',
  completed: 'success',
  created: 'light',
  failed: 'error',
  retry: 'warning',
}

const pad = (value: number) => String(value).padStart(2, '0')

/** A time in the viewer's zone, to the second. */
function Time({ iso }: { iso: null | string }) {
  if (!iso) return <>—</>
  const date = new Date(iso)
  const text = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  return (
    // The server renders in its own time zone; the browser's replaces it on hydration.
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  )
}

/** The latest jobs, newest first, with what an operator needs to decide: state, attempts, progress, error. */
export function JobsTable({ busy, jobs, onAction }: Props) {
  if (!jobs.length) return <p className="jobs-view__empty">No jobs match.</p>
  return (
    <AdminTable
      caption="Latest jobs"
      columns={
        <>
          <th scope="col">Job</th>
          <th scope="col">State</th>
          <th className="admin-table__number" scope="col">
            Retries
          </th>
          <th scope="col">Progress</th>
          <th scope="col">Error</th>
          <th scope="col">Created</th>
          <th scope="col">Started</th>
          <th scope="col">Completed</th>
          <th scope="col">Data</th>
          <th scope="col">
            <span className="jobs-view__hidden">Actions</span>
          </th>
        </>
      }
    >
      {jobs.map((job) => (
        <tr key={job.id}>
          <th scope="row">
            <span className="jobs-view__queue">{job.queue}</span>
            <code className="jobs-view__id" title={job.id}>
              {job.id.slice(0, 8)}
            </code>
          </th>
          <td>
            <Pill pillStyle={pillStyles[job.state]} size="small">
              {job.state}
            </Pill>
          </td>
          <td
            className="admin-table__number"
            title={`Retried ${job.retryCount} times of at most ${job.retryLimit}`}
          >
            {job.retryCount}/{job.retryLimit}
          </td>
          <td>
            {job.progress ? (
              <>
                <progress
                  aria-label={`Progress of job ${job.id}`}
                  max={100}
                  value={job.progress.percent}
                />{' '}
                {Math.round(job.progress.percent)}%
                {job.progress.message ? (
                  <span className="admin-view__muted"> {job.progress.message}</span>
                ) : null}
              </>
            ) : (
              '—'
            )}
          </td>
          <td className={job.error ? 'jobs-view__error' : undefined}>{job.error ?? '—'}</td>
          <td>
            <Time iso={job.createdAt} />
          </td>
          <td>
            <Time iso={job.startedAt} />
          </td>
          <td>
            <Time iso={job.completedAt} />
          </td>
          <td>
            <code className="jobs-view__data">{job.data}</code>
          </td>
          <td>
            <div className="jobs-view__actions">
              {jobActions
                .filter(({ offered }) => offered(job))
                .map(({ action, describe, label }) => (
                  <Button
                    aria-label={describe(job)}
                    buttonStyle="secondary"
                    disabled={busy === job.id}
                    key={action}
                    margin={false}
                    onClick={() => onAction(action, job)}
                    size="small"
                  >
                    {label}
                  </Button>
                ))}
            </div>
          </td>
        </tr>
      ))}
    </AdminTable>
  )
}
