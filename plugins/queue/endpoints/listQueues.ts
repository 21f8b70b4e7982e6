import type { Endpoint } from 'payload'

import { listQueues } from '../operations/listQueues'
import { getSender } from '@/src/queue/sender'
import { requireQueueOperator } from '../access/requireQueueOperator'

/** `GET /api/queue/queues`: every queue with the counts per state and dead letters of the caller's jobs. */
export const listQueuesEndpoint: Endpoint = {
  handler: async (req) => {
    const scope = requireQueueOperator(req)
    const boss = await getSender()
    return Response.json({ queues: await listQueues(boss.getDb(), scope) })
  },
  method: 'get',
  path: '/queue/queues',
}
