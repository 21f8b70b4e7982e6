import type { PgBoss } from 'pg-boss'

import { startBoss } from '../../src/queue/boss'
import { queueJobs } from './jobs'

let sender: Promise<PgBoss> | undefined

/** One sending pg-boss per web process, started on first use. */
export function getSender(): Promise<PgBoss> {
  const uri = process.env.DATABASE_URI
  if (!uri) throw new Error('DATABASE_URI is not set')
  sender ??= startBoss(uri, queueJobs, 'sender').catch((error: unknown) => {
    sender = undefined
    throw error
  })
  return sender
}

export async function stopSender(): Promise<void> {
  const boss = await sender?.catch(() => undefined)
  sender = undefined
  await boss?.stop({ graceful: false })
}
