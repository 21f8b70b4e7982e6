import type { Plugin } from 'payload'

import { hasRole } from '../../src/access/roles'
import { healthEndpoint } from './endpoints/health'
import { cancelJobEndpoint, retryJobEndpoint } from './endpoints/jobAction'
import { listJobsEndpoint } from './endpoints/listJobs'
import { listQueuesEndpoint } from './endpoints/listQueues'

/**
 * The job queue: pg-boss in Prism's database runs every job, Payload's own included (the workers
 * run Payload's due jobs from a scheduled `payload.jobs` queue instead of Payload's cron), and
 * the admin's Jobs view (`/admin/jobs`) and `/api/queue/*` show and operate them.
 */
export const queuePlugin =
  (): Plugin =>
  (config) => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/plugins/queue/admin/JobsNavLink#JobsNavLink'],
        views: {
          ...config.admin?.components?.views,
          jobs: { Component: '/plugins/queue/admin/JobsView#JobsView', meta: { title: 'Jobs' }, path: '/jobs' },
        },
      },
    },
    endpoints: [...(config.endpoints ?? []), healthEndpoint, listQueuesEndpoint, listJobsEndpoint, retryJobEndpoint, cancelJobEndpoint],
    jobs: {
      ...config.jobs,
      access: {
        ...config.jobs?.access,
        run: ({ req }) => hasRole(req.user, 'super-admin'),
      },
    },
  })
