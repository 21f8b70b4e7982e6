/**
 * The worker process (`npm run worker`): boots Payload's Local API and pg-boss, takes jobs from
 * every queue in the registry, and runs Payload's own scheduled jobs. Run as many copies as
 * needed on any machine that reaches the database and storage.
 */
import { bootPayload, closePayload } from '../src/boot'
import { ensureDatabase } from '../src/db/database'
import { startBoss } from '../src/queue/boss'
import { handlers, queues } from './registry'

process.env.PRISM_PROCESS = 'worker'
const db = await ensureDatabase()
const payload = await bootPayload(db.uri, { cron: true })
const boss = await startBoss(db.uri, queues, 'worker')

for (const [name, { handler, options = {} }] of Object.entries(handlers)) {
  await boss.work(name, options, (jobs) => handler(jobs as never, { payload }))
}
payload.logger.info(`[worker] taking jobs from ${Object.keys(handlers).join(', ')}`)

let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  payload.logger.info(`[worker] ${signal}: finishing active jobs`)
  // Graceful: active jobs get 20 s to finish; what is left returns to the queue for another worker.
  await boss.stop({ graceful: true, timeout: 20_000 })
  await closePayload(payload)
  await db.stop()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
