import { PgBoss, type Queue } from 'pg-boss'

export type QueueDefinitions = Record<string, Omit<Queue, 'name'>>

export const BOSS_SCHEMA = 'pgboss'

type Role = 'sender' | 'worker'

/**
 * pg-boss in Prism's own database, schema `pgboss`. Workers run maintenance and supervision;
 * senders (the web process) only insert jobs, so N web replicas add no background load.
 */
export async function startBoss(connectionString: string, queues: QueueDefinitions, role: Role): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    max: role === 'worker' ? 10 : 4,
    schedule: role === 'worker',
    schema: BOSS_SCHEMA,
    supervise: role === 'worker',
    useListenNotify: role === 'worker',
  })
  boss.on('error', (error) => console.error('[queue]', error))
  await boss.start()
  for (const [name, options] of Object.entries(queues)) {
    const existing = await boss.getQueue(name)
    if (existing) await boss.updateQueue(name, options)
    else await boss.createQueue(name, options)
  }
  return boss
}
