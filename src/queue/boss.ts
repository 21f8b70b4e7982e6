import { type ConstructorOptions, PgBoss } from 'pg-boss'

import type { JobDeclaration } from './defineJob'
import { ensureProgressTable } from './progress'
import { ensureQueues } from './ensureQueues'

/** Every queue a process knows, by name: spread from the plugins' `jobs.ts`. */
export type QueueDefinitions = Record<string, JobDeclaration>

export const BOSS_SCHEMA = 'pgboss'

type Role = 'sender' | 'worker'

/** pg-boss settings a caller may change: maintenance intervals (tests shorten them), pool size. */
export type BossSettings = Pick<
  ConstructorOptions,
  'max' | 'monitorIntervalSeconds' | 'superviseIntervalSeconds'
>

type Options = BossSettings & {
  /** Where pg-boss's background errors go (a failed poll, a lost connection); default console.error. */
  onError?: (error: Error) => void
}

/**
 * pg-boss in Prism's own database, schema `pgboss`, with every queue of `queues` (and its
 * dead-letter queue) created or brought up to date. Workers run maintenance, supervision (which
 * returns the jobs of a dead worker to the queue) and schedules; senders (the web process) only
 * insert and inspect jobs, so N web replicas add no background load.
 */
export async function startBoss(
  connectionString: string,
  queues: QueueDefinitions,
  role: Role,
  { onError = (error) => console.error('[queue]', error), ...settings }: Options = {},
): Promise<PgBoss> {
  const worker = role === 'worker'
  const boss = new PgBoss({
    connectionString,
    max: worker ? 10 : 4,
    schedule: worker,
    schema: BOSS_SCHEMA,
    supervise: worker,
    useListenNotify: worker,
    ...settings,
  })
  boss.on('error', onError)
  await boss.start()
  await ensureProgressTable(boss.getDb())
  // A sender never rewrites options: during a rolling deploy the workers' declarations win.
  await ensureQueues(boss, queues, { schedules: worker, update: worker })
  return boss
}
