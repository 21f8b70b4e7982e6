import type { Plugin } from 'payload'

import { hasRole } from '../../src/access/roles'
import { healthEndpoint } from './endpoints/health'

export type QueuePluginOptions = {
  /** How often the worker runs Payload's own due jobs (scheduled publishing), as a seconds cron. */
  payloadJobsCron?: string
}

/**
 * The job queue: pg-boss in Prism's database for domain jobs, and Payload's job runner (used by
 * scheduled publishing) driven from the same worker process, so there is one runner to operate.
 */
export const queuePlugin =
  ({ payloadJobsCron = '*/10 * * * * *' }: QueuePluginOptions = {}): Plugin =>
  (config) => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), healthEndpoint],
    jobs: {
      ...config.jobs,
      access: {
        ...config.jobs?.access,
        run: ({ req }) => hasRole(req.user, 'super-admin'),
      },
      // Crons start only where Payload is booted with `cron: true`: the worker, never a web replica.
      autoRun: [{ allQueues: true, cron: payloadJobsCron, limit: 50 }],
    },
  })
