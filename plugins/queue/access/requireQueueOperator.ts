import { APIError, type PayloadRequest } from 'payload'

import type { JobScope } from '@/src/queue/jobScope'
import { canOperateQueue } from './canOperateQueue'
import { queueScope } from './queueScope'

/** Refuses (403) a request from anyone who may not operate the queue; else the jobs they may see and operate. */
export function requireQueueOperator(req: PayloadRequest): JobScope {
  if (!canOperateQueue(req.user))
    throw new APIError('Only super-admins and site admins can see and operate the jobs.', 403)
  return queueScope(req.user)
}
