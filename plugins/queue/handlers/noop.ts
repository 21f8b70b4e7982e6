import os from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'

import type { NoopJob, NoopResult } from '../jobs'
import type { JobContext } from '@/src/queue/jobHandler'

/**
 * Answers at once, or after `holdMs` (a shutdown drill), reporting progress all along. Shows how a
 * handler honours `signal`: every wait takes it, so a cancel or a shutdown stops the job within a
 * report, and the abort is thrown rather than swallowed.
 */
export async function noop(
  { holdMs = 0 }: NoopJob,
  { progress, signal }: JobContext,
): Promise<NoopResult> {
  const worker = `${os.hostname()}:${process.pid}`
  const started = Date.now()
  for (let held = 0; held < holdMs; held = Date.now() - started) {
    progress((held / holdMs) * 100, `held by ${worker}`)
    await sleep(Math.min(250, holdMs - held), undefined, { signal })
  }
  return { answeredAt: new Date().toISOString(), worker }
}
