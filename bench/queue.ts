/**
 * `npx tsx bench/queue.ts`: the queue layer (src/queue: typed send, per-job context with signal and
 * progress, dead-letter queue and heartbeat on every queue) against raw pg-boss, same run, same
 * embedded Postgres:
 *   - throughput: N no-op jobs (default 2000, BENCH_QUEUE_JOBS) sent 20 at a time to a running
 *     worker, first send to last handler start, in jobs/s (after an unmeasured warm-up burst);
 *   - latency: send → handler start of one job at a time on an idle worker (p50/p99, ms).
 * Baselines: raw pg-boss with the same tuning (LISTEN/NOTIFY, batches of 50, burst), so the ratio
 * is the layer's own cost; and raw pg-boss with its defaults (batch of 1, 2 s polling), cut short
 * after 10 s, to show what that tuning is worth.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import { PgBoss } from 'pg-boss'

import { startWorker } from '../media-workers/worker'
import { bootPayload, closePayload } from '../src/boot'
import { startEmbeddedPostgres } from '../src/db/embeddedPostgres'
import { defineJob } from '../src/queue/defineJob'
import { createSender, stopSender } from '../src/queue/sender'

export type QueueBenchRow = {
  jobs: number
  jobsPerSecond: number
  name: string
  p50Ms: number
  p99Ms: number
  samples: number
}

export type QueueBenchResult = {
  rows: QueueBenchRow[]
  /** The layer against raw pg-boss with the same tuning: throughput ratio (>1 faster), latency ratios (>1 slower). */
  ratios: { p50: number; p99: number; throughput: number }
}

type Options = { jobs?: number; latencySamples?: number; port?: number }

type Probe = {
  /** Sends one job carrying its send time. */
  send: (sentAt: number) => Promise<unknown>
  /** Sets what the handler calls with each job's send time. */
  onStart: (listener: (sentAt: number) => void) => void
  /** Deletes the jobs still queued (after a cut-off). */
  drain: () => Promise<void>
}

const TUNED = { batchSize: 50, burstWhenBatchFull: true }
const DEFAULTS_CUTOFF_MS = 10_000

const rate = (perSecond: number): string => perSecond.toFixed(perSecond < 10 ? 1 : 0)

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

/** Throughput over `jobs` jobs (or until `cutoffMs`), then the latency of `samples` jobs sent one by one. */
async function measure(
  name: string,
  probe: Probe,
  jobs: number,
  samples: number,
  cutoffMs = Number.POSITIVE_INFINITY,
): Promise<QueueBenchRow> {
  let started = 0
  let latencyFrom = Number.POSITIVE_INFINITY
  const latencies: number[] = []
  let onLatency = () => {}
  probe.onStart((sentAt) => {
    started++
    if (sentAt < latencyFrom) return
    latencies.push(performance.now() - sentAt)
    onLatency()
  })

  /** Sends `count` jobs 20 at a time; resolves with how many started, and how fast, before `cutoffMs`. */
  const burst = async (count: number) => {
    const begin = performance.now()
    const before = started
    let sent = 0
    const sender = async () => {
      while (sent < count && performance.now() - begin < cutoffMs) {
        sent++
        await probe.send(performance.now())
      }
    }
    await Promise.all(Array.from({ length: 20 }, sender))
    while (started - before < sent && performance.now() - begin < cutoffMs) await sleep(5)
    const done = started - before
    await probe.drain()
    return { done, perSecond: done / ((performance.now() - begin) / 1000) }
  }
  // Connections, prepared plans and JIT warm up on a first, unmeasured burst.
  if (cutoffMs === Number.POSITIVE_INFINITY) await burst(Math.min(200, jobs))
  const { done, perSecond: throughput } = await burst(jobs)

  latencyFrom = performance.now()
  for (let i = 0; i < samples; i++) {
    const next = new Promise<void>((resolve) => (onLatency = resolve))
    await probe.send(performance.now())
    await next
  }
  latencies.sort((a, b) => a - b)
  const row = {
    name,
    jobs: done,
    jobsPerSecond: throughput,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    samples,
  }
  console.log(
    `  ${name.padEnd(32)} ${rate(row.jobsPerSecond).padStart(6)} jobs/s   p50 ${row.p50Ms.toFixed(1)} ms   p99 ${row.p99Ms.toFixed(1)} ms`,
  )
  return row
}

/** A raw pg-boss queue: its own instance, the given work options, a handler that only records. */
async function rawProbe(
  connectionString: string,
  name: string,
  tuned: boolean,
): Promise<Probe & { stop: () => Promise<void> }> {
  // The simplest configuration is the connection string alone.
  const boss = tuned
    ? new PgBoss({ connectionString, useListenNotify: true })
    : new PgBoss(connectionString)
  boss.on('error', (error) => console.error(error))
  await boss.start()
  await boss.createQueue(name, tuned ? { notify: true } : {})
  let listener: (sentAt: number) => void = () => {}
  const handler = async (jobs: { data: { sentAt: number } }[]) => {
    for (const job of jobs) listener(job.data.sentAt)
  }
  if (tuned) await boss.work(name, TUNED, handler)
  else await boss.work(name, handler)
  return {
    drain: () => boss.deleteQueuedJobs(name),
    onStart: (next) => (listener = next),
    send: (sentAt) => boss.send(name, { sentAt }),
    stop: () => boss.stop({ graceful: false }),
  }
}

export async function runQueueBench({
  jobs = Number(process.env.BENCH_QUEUE_JOBS || 2000),
  latencySamples = 200,
  port = 55450,
}: Options = {}): Promise<QueueBenchResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-bench-queue-'))
  fs.chmodSync(dataDir, 0o755)
  const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port })
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret',
  })
  const payload = await bootPayload(db.uri)
  try {
    console.log(
      `\n${jobs} no-op jobs, ${latencySamples} latency samples, ${os.cpus().length} cores\n`,
    )
    const rows: QueueBenchRow[] = []

    const raw = await rawProbe(db.uri, 'bench.raw', true)
    rows.push(await measure('raw pg-boss, same tuning', raw, jobs, latencySamples))
    await raw.stop()

    const benchJobs = {
      'bench.layer': defineJob<{ sentAt: number }, void>({ notify: true, retryLimit: 0 }),
    }
    let listener: (sentAt: number) => void = () => {}
    const worker = await startWorker({
      databaseUri: db.uri,
      handlers: {
        'bench.layer': { handler: async ({ sentAt }) => listener(sentAt), options: TUNED },
      },
      payload,
      queues: benchJobs,
    })
    const send = createSender(benchJobs)
    const layerProbe: Probe = {
      drain: () => worker.boss.deleteQueuedJobs('bench.layer'),
      onStart: (next) => (listener = next),
      send: (sentAt) => send('bench.layer', { sentAt, site: null }),
    }
    rows.push(await measure('Prism queue layer', layerProbe, jobs, latencySamples))
    await worker.stop(1)
    await stopSender()

    const plain = await rawProbe(db.uri, 'bench.plain', false)
    rows.push(
      await measure(
        'raw pg-boss, defaults (10 s)',
        plain,
        jobs,
        Math.min(10, latencySamples),
        DEFAULTS_CUTOFF_MS,
      ),
    )
    await plain.stop()

    const [baseline, layer, defaults] = rows as [QueueBenchRow, QueueBenchRow, QueueBenchRow]
    const ratios = {
      p50: layer.p50Ms / baseline.p50Ms,
      p99: layer.p99Ms / baseline.p99Ms,
      throughput: layer.jobsPerSecond / baseline.jobsPerSecond,
    }
    console.log(
      '\n| measured | jobs | jobs/s | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: | ---: |',
    )
    for (const row of rows)
      console.log(
        `| ${row.name} | ${row.jobs} | ${rate(row.jobsPerSecond)} | ${row.p50Ms.toFixed(1)} | ${row.p99Ms.toFixed(1)} |`,
      )
    console.log(
      `\nlayer vs raw (same tuning): throughput ${ratios.throughput.toFixed(2)}×, p50 ${ratios.p50.toFixed(2)}×, p99 ${ratios.p99.toFixed(2)}×` +
        `\nlayer vs raw defaults: throughput ${(layer.jobsPerSecond / defaults.jobsPerSecond).toFixed(0)}×, p50 ${(defaults.p50Ms / layer.p50Ms).toFixed(0)}× lower`,
    )
    return { ratios, rows }
  } finally {
    await closePayload(payload)
    await db.stop()
    fs.rmSync(dataDir, { force: true, recursive: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runQueueBench()
  process.exit(0)
}
