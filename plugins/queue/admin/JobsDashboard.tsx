'use client'
import { Button, toast, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { isJobState, jobStates } from '@/src/queue/jobStates'
import type { JobFilter, JobPage, JobSummary } from '../operations/listJobs'
import type { QueueSummary } from '../operations/listQueues'
import { jobsApi } from './jobsApi'
import { type JobAction, JobsTable } from './JobsTable'
import { QueuesTable } from './QueuesTable'

const REFRESH_MS = 4000

type Props = { initialFilter: JobFilter; initialJobs: JobPage; initialQueues: QueueSummary[] }

/** The live part of the Jobs view: filters, both tables, pagination, actions; refreshed every few seconds. */
export function JobsDashboard({ initialFilter, initialJobs, initialQueues }: Props) {
  const { config } = useConfig()
  const api = useMemo(
    () => jobsApi(`${config.serverURL}${config.routes.api}`),
    [config.serverURL, config.routes.api],
  )
  const [filter, setFilter] = useState(initialFilter)
  const [queues, setQueues] = useState(initialQueues)
  const [jobs, setJobs] = useState(initialJobs)
  const [failure, setFailure] = useState<null | string>(null)
  const [busy, setBusy] = useState<null | string>(null)
  // Answers can arrive out of order (a slow refresh after a filter change): only the latest counts.
  const latest = useRef(0)

  const refresh = useCallback(async () => {
    const request = ++latest.current
    try {
      const [nextQueues, nextJobs] = await Promise.all([api.queues(), api.jobs(filter)])
      if (request !== latest.current) return
      setQueues(nextQueues)
      setJobs(nextJobs)
      setFailure(null)
    } catch (error) {
      if (request === latest.current)
        setFailure(error instanceof Error ? error.message : String(error))
    }
  }, [api, filter])

  useEffect(() => {
    void refresh()
    const timer = setInterval(() => {
      if (!document.hidden) void refresh()
    }, REFRESH_MS)
    return () => clearInterval(timer)
  }, [refresh])

  // The URL follows the filter, so a view can be shared or reloaded as it is.
  useEffect(() => {
    const query = new URLSearchParams()
    if (filter.queue) query.set('queue', filter.queue)
    if (filter.state) query.set('state', filter.state)
    if (filter.page && filter.page > 1) query.set('page', String(filter.page))
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query.size ? `?${query}` : ''}`,
    )
  }, [filter])

  const act = async (action: JobAction, job: JobSummary) => {
    setBusy(job.id)
    try {
      const { job: after } = await api.act(action, job)
      toast.success(
        action === 'requeue'
          ? `Job ${job.id.slice(0, 8)} is back on ${after.queue} as ${after.id.slice(0, 8)}.`
          : `Job ${job.id.slice(0, 8)} is now in state “${after.state}”.`,
      )
      await refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(null)
    }
  }

  const page = jobs.page
  return (
    <div className="jobs-view__dashboard">
      {failure && (
        <p className="jobs-view__failure" role="alert">
          Could not refresh: {failure}
        </p>
      )}
      <QueuesTable onSelect={(queue) => setFilter({ ...filter, page: 1, queue })} queues={queues} />

      <form className="admin-view__filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Queue{' '}
          <select
            onChange={(event) =>
              setFilter({ ...filter, page: 1, queue: event.target.value || undefined })
            }
            value={filter.queue ?? ''}
          >
            <option value="">All queues</option>
            {queues.map((queue) => (
              <option key={queue.name} value={queue.name}>
                {queue.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          State{' '}
          <select
            onChange={(event) =>
              setFilter({
                ...filter,
                page: 1,
                state: isJobState(event.target.value) ? event.target.value : undefined,
              })
            }
            value={filter.state ?? ''}
          >
            <option value="">All states</option>
            {jobStates.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </select>
        </label>
        <span className="admin-view__muted">
          {jobs.totalDocs} {jobs.totalDocs === 1 ? 'job' : 'jobs'} · refreshed every{' '}
          {REFRESH_MS / 1000} s
        </span>
      </form>

      <JobsTable busy={busy} jobs={jobs.docs} onAction={(action, job) => void act(action, job)} />

      {jobs.totalPages > 1 && (
        <nav aria-label="Pages of jobs" className="admin-view__pages">
          <Button
            buttonStyle="secondary"
            disabled={page <= 1}
            margin={false}
            onClick={() => setFilter({ ...filter, page: page - 1 })}
            size="small"
          >
            Newer
          </Button>
          <span>
            Page {page} of {jobs.totalPages}
          </span>
          <Button
            buttonStyle="secondary"
            disabled={page >= jobs.totalPages}
            margin={false}
            onClick={() => setFilter({ ...filter, page: page + 1 })}
            size="small"
          >
            Older
          </Button>
        </nav>
      )}
    </div>
  )
}
