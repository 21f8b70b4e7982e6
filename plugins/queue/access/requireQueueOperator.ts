import { APIError, type PayloadRequest } from 'payload'

import { canOperateQueue } from './canOperateQueue'

/** Refuses (403) a request from anyone who may not operate the queue, signed in or not. */
export function requireQueueOperator(req: PayloadRequest): void {
  if (!canOperateQueue(req.user)) throw new APIError('Only super-admins and site admins can see and operate the jobs.', 403)
}
