import type { PgBoss, SendOptions } from 'pg-boss'

import { env } from '../env'
import { type QueueDefinitions, startBoss } from './boss'
import type { DataOf } from './defineJob'
import { ensureQueues } from './ensureQueues'
import { type JobSite, siteIdOf } from './jobScope'

// On globalThis, like Payload's own instance: `next dev` re-evaluates modules on every change, and
// each evaluation would otherwise open another pool.
const cache = globalThis as { prismQueueSender?: Promise<PgBoss> }
// Per sender: a new one (another database, as between test files) must create the queues again.
const ensured = new WeakMap<PgBoss, WeakMap<QueueDefinitions, Promise<void>>>()

/** The sending pg-boss of this process (no workers, no maintenance), started on first use. */
export function getSender(): Promise<PgBoss> {
  const uri = env.databaseUri
  if (!uri) throw new Error('DATABASE_URI is not set')
  cache.prismQueueSender ??= startBoss(uri, {}, 'sender').catch((error: unknown) => {
    cache.prismQueueSender = undefined
    throw error
  })
  return cache.prismQueueSender
}

export async function stopSender(): Promise<void> {
  const boss = await cache.prismQueueSender?.catch(() => undefined)
  cache.prismQueueSender = undefined
  await boss?.stop({ graceful: false })
}

/**
 * `send(name, data)` for the jobs a plugin declares, checked against their declarations. `data.site`
 * is required on every job: the site it acts for (the document's `site`), or null for an
 * instance-wide job; the Jobs view shows a site's jobs to that site's admins only. The first send
 * creates the plugin's queues when no worker has yet, so a sender never fails on a fresh database.
 * Resolves with the job id (null when the queue's policy refused a duplicate).
 */
export function createSender<Queues extends QueueDefinitions>(queues: Queues) {
  return async <Name extends keyof Queues & string>(
    name: Name,
    { site, ...data }: DataOf<Queues[Name]> & JobSite,
    options: SendOptions = {},
  ): Promise<null | string> => {
    const boss = await getSender()
    const ensuredHere = ensured.get(boss) ?? ensured.set(boss, new WeakMap()).get(boss)!
    let ready = ensuredHere.get(queues)
    if (!ready) {
      ready = ensureQueues(boss, queues, { schedules: false, update: false })
      ready.catch(() => ensuredHere.delete(queues))
      ensuredHere.set(queues, ready)
    }
    await ready
    return boss.send(name, { ...data, site: siteIdOf(site) }, options)
  }
}
