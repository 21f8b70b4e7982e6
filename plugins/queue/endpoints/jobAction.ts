import type { Endpoint } from 'payload'
import type { PgBoss } from 'pg-boss'

import type { JobSummary } from '../../../src/queue/listJobs'
import { getSender } from '../../../src/queue/sender'
import { requireQueueOperator } from '../access/requireQueueOperator'
import { cancelJob } from '../operations/cancelJob'
import { retryJob } from '../operations/retryJob'

type Action = (boss: PgBoss, queue: string, id: string) => Promise<JobSummary>

/** `POST /api/queue/jobs/:queue/:id/<action>`: answers with the job as it is afterwards. */
const jobAction = (name: string, action: Action): Endpoint => ({
  handler: async (req) => {
    requireQueueOperator(req)
    const { id, queue } = req.routeParams as { id: string; queue: string }
    const job = await action(await getSender(), queue, id)
    return Response.json({ job })
  },
  method: 'post',
  path: `/queue/jobs/:queue/:id/${name}`,
})

export const retryJobEndpoint = jobAction('retry', retryJob)

export const cancelJobEndpoint = jobAction('cancel', cancelJob)
