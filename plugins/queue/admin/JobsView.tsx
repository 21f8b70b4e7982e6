import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { isJobState } from '../../../src/queue/jobStates'
import { type JobFilter, listJobs } from '../../../src/queue/listJobs'
import { listQueues } from '../../../src/queue/listQueues'
import { getSender } from '../../../src/queue/sender'
import { canOperateQueue } from '../access/canOperateQueue'
import { JobsDashboard } from './JobsDashboard'
import './JobsView.css'

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** The filter of a shared link (`/admin/jobs?queue=video.process&state=failed&page=2`). */
function filterFrom(searchParams: AdminViewServerProps['searchParams']): JobFilter {
  const state = first(searchParams?.state)
  const page = Number(first(searchParams?.page))
  return { page: Number.isInteger(page) && page > 0 ? page : 1, queue: first(searchParams?.queue) || undefined, state: isJobState(state) ? state : undefined }
}

/** `/admin/jobs`: every queue's counts and the latest jobs, with retry and cancel. */
export async function JobsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${formatAdminURL({ adminRoute, path: '/login' })}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path: '/jobs' }))}`)

  const allowed = canOperateQueue(user)
  let content = <Banner type="error">You are not allowed to see the jobs: only super-admins and site admins operate the queue.</Banner>
  if (allowed) {
    const db = (await getSender()).getDb()
    const filter = filterFrom(searchParams)
    const [queues, jobs] = await Promise.all([listQueues(db), listJobs(db, filter)])
    content = <JobsDashboard initialFilter={filter} initialJobs={jobs} initialQueues={queues} />
  }

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      // A copy: React 19 refuses the frozen arrays of initPageResult here (as Payload's own views do).
      visibleEntities={{ collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }}
    >
      <Gutter className="jobs-view">
        <h1>Jobs</h1>
        {content}
      </Gutter>
    </DefaultTemplate>
  )
}
