import { type ChildProcess, spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import type { PgBoss } from 'pg-boss'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { queues } from '../../tests/helpers/workerQueues'
import { startBoss } from '../../src/queue/boss'
import { findJob, type JobSummary } from './operations/listJobs'
import { tsCommand } from '../../src/start/tsCommand'
import { trackChild } from '../../tests/helpers/childProcesses'
import { createTestDatabase, type TestDatabase } from '../../tests/helpers/testDatabase'
import { waitFor } from '../../tests/helpers/waitFor'
import { TEST_SECRET } from '../../tests/setup/secret'
import type { NoopResult } from './jobs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const GRACE_SECONDS = 3
// Four Payloads booting at once on a busy 2-core machine.
const BOOT_MS = 240_000
// Jobs here run on worker processes of their own, several at once on a busy 2-core machine.
const WAIT_MS = 60_000

type WorkerProcess = {
  child: ChildProcess
  exited: Promise<null | number>
  log: () => string
  name: string
}

let database: TestDatabase
let boss: PgBoss
const workers: WorkerProcess[] = []
// Every child, also one whose siblings failed to boot (then `workers` never receives it).
const children: ChildProcess[] = []

/** `npm run worker` as a child process on the test database, resolved once it takes jobs. */
async function spawnWorker(): Promise<WorkerProcess> {
  // node itself, not the tsx CLI: a signal must reach the worker, not a wrapper that relays it.
  const child = spawn(...tsCommand('media-workers/index.ts'), {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: database.dataDir,
      DATABASE_URI: database.databaseUri,
      PAYLOAD_SECRET: TEST_SECRET,
      QUEUE_SUPERVISE_SECONDS: '1',
      WORKER_GRACE_SECONDS: String(GRACE_SECONDS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(trackChild(inject('databases').tempRoot, child))
  let log = ''
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout!.on('data', append)
  child.stderr!.on('data', append)
  const exited = new Promise<null | number>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  const started = Date.now()
  while (!log.includes('taking jobs')) {
    if (child.exitCode !== null) throw new Error(`The worker exited (${child.exitCode}):\n${log}`)
    if (Date.now() - started > BOOT_MS) throw new Error(`The worker did not start:\n${log}`)
    await sleep(250)
  }
  return { name: `${os.hostname()}:${child.pid}`, child, exited, log: () => log }
}

const noop = (id: string) => findJob(boss.getDb(), 'queue.noop', id, 'all')

/** The worker running a held noop job: its progress message names it. */
async function holderOf(id: string): Promise<WorkerProcess> {
  const job = await waitFor(
    'the job to report progress',
    async () => ((await noop(id))?.progress?.message ? noop(id) : undefined),
    WAIT_MS,
  )
  const holder = workers.find((worker) => job!.progress!.message === `held by ${worker.name}`)
  if (!holder) throw new Error(`No worker of this test holds ${id}: ${job!.progress!.message}`)
  return holder
}

const completed = (id: string, timeoutMs = WAIT_MS) =>
  waitFor(
    `job ${id} to complete`,
    async () => {
      const job = await noop(id)
      return job?.state === 'completed' ? job : undefined
    },
    timeoutMs,
  )

/** Which worker answered a completed noop job. */
const answeredBy = async (id: string): Promise<string> =>
  ((await boss.findJobs<unknown>('queue.noop', { id }))[0]!.output as NoopResult).worker

/** Active noop jobs (the workers' own schedules may be running others). */
const activeNoops = async (): Promise<number> =>
  Number(
    (
      await boss
        .getDb()
        .executeSql(
          `SELECT count(*) AS n FROM pgboss.job WHERE name = 'queue.noop' AND state = 'active'`,
        )
    ).rows[0].n,
  )

const send = async (holdMs: number): Promise<string> =>
  (await boss.send('queue.noop', { holdMs, requestedAt: new Date().toISOString() }))!

beforeAll(async () => {
  database = await createTestDatabase()
  boss = await startBoss(database.databaseUri, queues, 'sender')
  workers.push(...(await Promise.all([spawnWorker(), spawnWorker(), spawnWorker(), spawnWorker()])))
}, BOOT_MS + 60_000)

afterAll(async () => {
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null)
  await Promise.all(
    running.map((child) => new Promise((resolve) => child.once('exit', resolve).kill('SIGKILL'))),
  )
  await boss?.stop({ graceful: false })
  await database?.drop()
})

describe('a worker that is told to stop (SIGTERM)', () => {
  it('takes no new job, finishes its active one within the grace period, and exits', async () => {
    const id = await send(2000)
    const holder = await holderOf(id)
    holder.child.kill('SIGTERM')
    // A signal arrives when it arrives: a job sent before the worker has read it may still be taken.
    await waitFor(
      'the worker to stop taking jobs',
      async () => (holder.log().includes('taking no new jobs') ? true : undefined),
      WAIT_MS,
    )
    const next = await send(0)

    await completed(id)
    expect(await answeredBy(id)).toBe(holder.name)
    expect((await noop(id))?.retryCount).toBe(0)
    await completed(next)
    expect(await answeredBy(next)).not.toBe(holder.name)
    expect(await holder.exited).toBe(0)
  })

  it('returns a job that outlives the grace period to the queue, where another worker finishes it', async () => {
    const id = await send(15_000)
    const holder = await holderOf(id)
    const stopped = Date.now()
    holder.child.kill('SIGTERM')

    expect(await holder.exited).toBe(0)
    // Aborted when the grace period ended, not after the job's 15 s.
    expect(Date.now() - stopped).toBeLessThan(12_000)
    expect(holder.log()).toContain(`active ones get ${GRACE_SECONDS} s to finish`)
    const job: JobSummary = await completed(id)
    expect(await answeredBy(id)).not.toBe(holder.name)
    expect(job.retryCount).toBe(1)
    expect(await activeNoops()).toBe(0)
  })
})

describe('a worker that is killed (SIGKILL)', () => {
  it('loses its job only until the heartbeat times out; another worker then finishes it', async () => {
    const id = await send(3000)
    const holder = await holderOf(id)
    holder.child.kill('SIGKILL')
    expect(await holder.exited).toBeNull()
    expect((await noop(id))?.state).toBe('active')

    // Heartbeat 10 s (queue.noop), supervision every second, a retry delay of 1–2 s, then 3 s of work.
    const job = await completed(id, 45_000)
    expect(await answeredBy(id)).not.toBe(holder.name)
    expect(job.retryCount).toBe(1)
    expect(await activeNoops()).toBe(0)
  })
})
