import { Banner } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { AdminViewShell, viewUser } from '@/src/admin/AdminViewShell'
import { isJobState } from '@/src/queue/jobStates'
import { type JobFilter, listJobs } from '../operations/listJobs'
import { listQueues } from '../operations/listQueues'
import { getSender } from '@/src/queue/sender'
import { canOperateQueue } from '../access/canOperateQueue'
import { queueScope } from '../access/queueScope'
import { JobsDashboard } from './JobsDashboard'
import './JobsView.css'

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/** The filter of a shared link (`/admin/jobs?queue=video.process&state=failed&page=2`). */
function filterFrom(searchParams: AdminViewServerProps['searchParams']): JobFilter {
  const state = first(searchParams?.state)
  const page = Number(first(searchParams?.page))
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    queue: first(searchParams?.queue) || undefined,
    state: isJobState(state) ? state : undefined,
  }
}

/** `/admin/jobs`: every queue's counts and the latest jobs of the user's sites (all, for super-admins), with retry and cancel. */
export async function JobsView(props: AdminViewServerProps) {
  const user = viewUser(props, '/jobs')
  let content = (
    <Banner type="error">
      You are not allowed to see the jobs: only super-admins and site admins operate the queue.
    </Banner>
  )
  if (canOperateQueue(user)) {
    const db = (await getSender()).getDb()
    const filter = filterFrom(props.searchParams)
    const scope = queueScope(user)
    const [queues, jobs] = await Promise.all([listQueues(db, scope), listJobs(db, scope, filter)])
    content = <JobsDashboard initialFilter={filter} initialJobs={jobs} initialQueues={queues} />
  }
  return (
    <AdminViewShell {...props} className="jobs-view" title="Jobs">
      {content}
    </AdminViewShell>
  )
}
