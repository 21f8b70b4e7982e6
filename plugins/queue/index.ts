import type { Plugin } from 'payload'

import { hasRole } from '../../src/access/roles'
import { addAdminViews } from '../../src/admin/addAdminViews'
import { addQueues } from '../../src/queue/pluginQueues'
import { healthEndpoint } from './endpoints/health'
import { cancelJobEndpoint, requeueJobEndpoint, retryJobEndpoint } from './endpoints/jobAction'
import { listJobsEndpoint } from './endpoints/listJobs'
import { listQueuesEndpoint } from './endpoints/listQueues'
import { guardJobDelete } from './hooks/guardJobDelete'
import { guardScheduledPublish } from './hooks/guardScheduledPublish'
import { queueHandlers } from './handlers'
import { queueJobs } from './jobs'

const superAdminOnly = ({ req }: { req: { user?: null | Parameters<typeof hasRole>[0] } }) =>
  hasRole(req.user, 'super-admin')

/**
 * The job queue: pg-boss in Prism's database runs every job, Payload's own included (the workers
 * run Payload's due jobs from a scheduled `payload.jobs` queue instead of Payload's cron), and
 * the admin's Jobs view (`/admin/jobs`) and `/api/queue/*` show and operate them, each site admin
 * their own site's jobs.
 */
export const queuePlugin = (): Plugin => (config) =>
  addQueues(
    {
      ...addAdminViews(config, {
        navLinks: '/plugins/queue/admin/JobsNavLink#JobsNavLink',
        views: {
          jobs: {
            Component: '/plugins/queue/admin/JobsView#JobsView',
            meta: { title: 'Jobs' },
            path: '/jobs',
          },
        },
      }),
      endpoints: [
        ...(config.endpoints ?? []),
        healthEndpoint,
        listQueuesEndpoint,
        listJobsEndpoint,
        retryJobEndpoint,
        cancelJobEndpoint,
        requeueJobEndpoint,
      ],
      jobs: {
        ...config.jobs,
        // Payload's defaults let any signed-in user queue, cancel and run jobs through the Local API
        // with `overrideAccess: false`, and run them over `/api/payload-jobs/run`.
        access: {
          ...config.jobs?.access,
          cancel: superAdminOnly,
          queue: superAdminOnly,
          run: superAdminOnly,
        },
        jobsCollectionOverrides: ({ defaultJobsCollection }) => {
          const hooks = defaultJobsCollection.hooks ?? {}
          return {
            ...defaultJobsCollection,
            hooks: {
              ...hooks,
              beforeChange: [...(hooks.beforeChange ?? []), guardScheduledPublish],
              beforeDelete: [...(hooks.beforeDelete ?? []), guardJobDelete],
            },
          }
        },
        // Job writes go through Payload's operations, so the hooks above see every job created,
        // whichever path queues it (Payload writes straight to the database otherwise). The claim
        // of due jobs is then not one statement; `payload.jobs` is `stately`: one run at a time.
        runHooks: true,
      },
    },
    { handlers: queueHandlers, queues: queueJobs },
  )
