import { APIError, type Endpoint } from 'payload'

import { hasRole } from '@/src/access/roles'
import { getSender } from '@/src/queue/sender'
import { type NoopResult, sendQueueJob } from '../jobs'

const TIMEOUT_MS = 10_000

/**
 * `POST /api/queue/health`: sends a `queue.noop` job and waits for a worker to answer it, so an
 * operator (or a load balancer check with an admin API call) learns whether jobs are being taken.
 */
export const healthEndpoint: Endpoint = {
  handler: async (req) => {
    if (!hasRole(req.user, 'super-admin'))
      throw new APIError('Only admins can check the queue.', 403)
    const id = await sendQueueJob('queue.noop', {
      requestedAt: new Date().toISOString(),
      site: null,
    })
    if (!id) throw new APIError('The queue refused the health job.', 503)
    const boss = await getSender()
    const started = Date.now()
    while (Date.now() - started < TIMEOUT_MS) {
      const [job] = await boss.findJobs<unknown>('queue.noop', { id })
      if (job?.state === 'completed') {
        return Response.json({
          job: id,
          ok: true,
          tookMs: Date.now() - started,
          worker: (job.output as NoopResult).worker,
        })
      }
      if (job?.state === 'failed')
        return Response.json({ error: job.output, job: id, ok: false }, { status: 503 })
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await boss.cancel('queue.noop', id)
    return Response.json(
      { error: 'No worker answered within 10 s: is `npm run worker` running?', job: id, ok: false },
      { status: 503 },
    )
  },
  method: 'post',
  path: '/queue/health',
}
