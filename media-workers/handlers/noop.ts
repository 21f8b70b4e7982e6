import os from 'node:os'
import type { Job } from 'pg-boss'

import type { QueueJobPayloads, QueueJobResults } from '../../plugins/queue/jobs'

export async function noop(jobs: Job<QueueJobPayloads['queue.noop']>[]): Promise<QueueJobResults['queue.noop']> {
  void jobs
  return { answeredAt: new Date().toISOString(), worker: `${os.hostname()}:${process.pid}` }
}
