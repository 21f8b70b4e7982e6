import type { Endpoint } from 'payload'

import { getSender } from '@/src/queue/sender'
import { requireQueueOperator } from '../access/requireQueueOperator'
import { cancelJob } from '../operations/cancelJob'
import type { JobOperation } from '../operations/jobOperation'
import { requeueDeadLetter } from '../operations/requeueDeadLetter'
import { retryJob } from '../operations/retryJob'

/**
 * `POST /api/queue/jobs/:queue/:id/<action>`: answers with the job as it is afterwards. A job
 * outside the caller's sites is looked up within them only, so it answers 404 like a missing one.
 */
const jobAction = (name: string, action: JobOperation): Endpoint => ({
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
