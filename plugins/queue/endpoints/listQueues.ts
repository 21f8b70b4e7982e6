import type { Endpoint } from 'payload'

import { listQueues } from '../../../src/queue/listQueues'
import { getSender } from '../../../src/queue/sender'
import { requireQueueOperator } from '../access/requireQueueOperator'

/** `GET /api/queue/queues`: every queue with its job counts per state and its dead letters. */
export const listQueuesEndpoint: Endpoint = {
  handler: async (req) => {
    requireQueueOperator(req)
    const boss = await getSender()
    return Response.json({ queues: await listQueues(boss.getDb()) })
  },
  method: 'get',
  path: '/queue/queues',
}
