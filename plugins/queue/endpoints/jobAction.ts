import type { Endpoint } from 'payload'
import type { PgBoss } from 'pg-boss'

import type { JobScope } from '@/src/queue/jobScope'
import type { JobSummary } from '@/src/queue/listJobs'
import { getSender } from '@/src/queue/sender'
import { requireQueueOperator } from '../access/requireQueueOperator'
import { cancelJob } from '../operations/cancelJob'
import { requeueDeadLetter } from '../operations/requeueDeadLetter'
import { retryJob } from '../operations/retryJob'

type Action = (boss: PgBoss, scope: JobScope, queue: string, id: string) => Promise<JobSummary>

/**
 * `POST /api/queue/jobs/:queue/:id/<action>`: answers with the job as it is afterwards. A job
 * outside the caller's sites is looked up within them only, so it answers 404 like a missing one.
 */
const jobAction = (name: string, action: Action): Endpoint => ({
  handler: async (req) => {
    const scope = requireQueueOperator(req)
    const { id, queue } = req.routeParams as { id: string; queue: string }
    const job = await action(await getSender(), scope, queue, id)
    return Response.json({ job })
  },
  method: 'post',
  path: `/queue/jobs/:queue/:id/${name}`,
})

export const retryJobEndpoint = jobAction('retry', retryJob)

export const cancelJobEndpoint = jobAction('cancel', cancelJob)

export const requeueJobEndpoint = jobAction('requeue', requeueDeadLetter)
