import { APIError, type Endpoint } from 'payload'

import { isJobState, jobStates } from '@/src/queue/jobStates'
import { type JobFilter, listJobs, MAX_PAGE_SIZE } from '../operations/listJobs'
import { getSender } from '@/src/queue/sender'
import { requireQueueOperator } from '../access/requireQueueOperator'

/** A positive whole number from the query string, `fallback` when absent; 400 naming it otherwise. */
function positiveInteger(
  params: URLSearchParams,
  name: string,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = params.get(name)
  if (raw === null || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new APIError(`"${name}" must be a whole number from 1 to ${max}.`, 400)
  return value
}

/**
 * `GET /api/queue/jobs?queue=&state=&page=&limit=`: the caller's latest jobs first, with their progress
 * and last error, paginated like Payload's own lists (`docs`, `page`, `totalDocs`, `totalPages`).
 */
export const listJobsEndpoint: Endpoint = {
  handler: async (req) => {
    const scope = requireQueueOperator(req)
    const params = req.searchParams
    const filter: JobFilter = {
      limit: positiveInteger(params, 'limit', 20, MAX_PAGE_SIZE),
      page: positiveInteger(params, 'page', 1),
    }
    const state = params.get('state')
    if (state) {
      if (!isJobState(state))
        throw new APIError(`"state" must be one of ${jobStates.join(', ')}.`, 400)
      filter.state = state
    }
    const boss = await getSender()
    const queue = params.get('queue')
    if (queue) {
      if (!(await boss.getQueue(queue))) throw new APIError(`There is no queue "${queue}".`, 400)
      filter.queue = queue
    }
    return Response.json(await listJobs(boss.getDb(), scope, filter))
  },
  method: 'get',
  path: '/queue/jobs',
}
