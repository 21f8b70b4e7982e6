import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { assertNodeVersion } from '../../src/start/nodeVersion'
import { tsCommand } from '../../src/start/tsCommand'
import { killLeftoverChildren } from '../helpers/childProcesses'
import type { TestDatabases } from './context'
import { adminQuery, createDatabase, dropDatabase, uriFor } from './databaseServer'
import { watchForOrphans } from './orphanWatchdog'
import { TEST_SECRET } from './secret'
import { restoreTemplates, saveTemplates, templateCacheKey } from './templateCache'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const run = promisify(execFile)

type TestRun = { databases: TestDatabases; teardown: () => Promise<void> }

// Vitest calls the global setup once per project (vitest.config.ts has two, and the root counts as
// well), in its main process: they share one run, torn down when the last project's ends.
const shared = globalThis as { prismTestRun?: Promise<TestRun>; prismTestRunUsers?: number }

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.prismTestRunUsers = (shared.prismTestRunUsers ?? 0) + 1
  shared.prismTestRun ??= startRun()
  const run = await shared.prismTestRun
  project.provide('databases', run.databases)
  return async () => {
    shared.prismTestRunUsers = shared.prismTestRunUsers! - 1
    if (shared.prismTestRunUsers === 0) await run.teardown()
  }
}

/**
 * One Postgres for the whole run (embedded unless DATABASE_URI is set) and two template databases,
 * built once; every test file then copies a template in milliseconds instead of migrating.
 */
async function startRun(): Promise<TestRun> {
  assertNodeVersion()
  const started = Date.now()
  // The `postgres` OS user (Postgres refuses to run as root) must traverse this folder.
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-test-'))
  fs.chmodSync(tempRoot, 0o755)

  const clusterDir = path.join(tempRoot, 'postgres')
  const templateDataDir = path.join(tempRoot, 'template-data')
  const seededMediaDir = path.join(templateDataDir, 'media')
  const cacheKey = process.env.DATABASE_URI ? null : templateCacheKey(root)
  const cached = cacheKey
    ? restoreTemplates(root, cacheKey, { clusterDir, mediaDir: seededMediaDir })
    : null

  let stopServer = async () => {}
  let serverUri = process.env.DATABASE_URI ?? ''
  // Away from `npm run dev` (54320) and from other runs on the same machine.
  const port = 55000 + Math.floor(Math.random() * 4000)
  const startServer = async () => {
    const server = await startEmbeddedPostgres({
      database: 'postgres',
      dataDir: clusterDir,
      port,
      // A cluster thrown away after the run: waiting for the disk on every commit buys nothing.
      settings: { fsync: 'off', full_page_writes: 'off', synchronous_commit: 'off' },
    })
    serverUri = server.uri
    stopServer = server.stop
  }
  if (!serverUri) await startServer()
  watchForOrphans(tempRoot, process.env.DATABASE_URI ? undefined : clusterDir)

  const databasePrefix = cached?.databasePrefix ?? `prism_t${randomBytes(3).toString('hex')}_`
  const emptyTemplate = `${databasePrefix}tpl_empty`
  const seededTemplate = `${databasePrefix}tpl_seeded`

  const teardown = async () => {
    const leftovers = killLeftoverChildren(tempRoot)
    if (leftovers) console.warn(`[tests] killed ${leftovers} process(es) a test file left running`)
    const { rows } = await adminQuery(
      serverUri,
      `SELECT datname FROM pg_database WHERE datname LIKE '${databasePrefix}%'`,
    ).catch(() => ({ rows: [] as { datname: string }[] }))
    for (const { datname } of rows as { datname: string }[]) await dropDatabase(serverUri, datname)
    await stopServer()
    fs.rmSync(tempRoot, { force: true, recursive: true })
  }

  const buildTemplates = async () => {
    await Promise.all([
      createDatabase(serverUri, emptyTemplate),
      createDatabase(serverUri, seededTemplate),
    ])
    await Promise.all([
      buildTemplate(
        uriFor(serverUri, emptyTemplate),
        path.join(tempRoot, 'template-empty-data'),
        false,
      ),
      buildTemplate(uriFor(serverUri, seededTemplate), templateDataDir, true),
    ])
    // Nothing may stay connected to a template.
    await adminQuery(
      serverUri,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN ('${emptyTemplate}', '${seededTemplate}')`,
    )
    if (cacheKey) {
      await stopServer()
      const templates = { databasePrefix, emptyTemplate, seededTemplate }
      saveTemplates(root, cacheKey, { clusterDir, mediaDir: seededMediaDir, templates })
      await startServer()
    }
  }

  if (!cached) {
    try {
      await buildTemplates()
    } catch (error) {
      await teardown()
      throw error
    }
  }

  console.log(
    `[tests] Postgres and templates ready in ${((Date.now() - started) / 1000).toFixed(1)} s${cached ? ' (templates of an earlier run)' : ''}`,
  )
  return {
    databases: {
      databasePrefix,
      emptyTemplate,
      seededMediaDir,
      seededTemplate,
      serverUri,
      tempRoot,
    },
    teardown,
  }
}

async function buildTemplate(databaseUri: string, dataDir: string, seeded: boolean): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true })
  try {
    await run(...tsCommand('tests/setup/buildTemplate.ts'), {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URI: databaseUri,
        NODE_ENV: 'test',
        PAYLOAD_SECRET: TEST_SECRET,
        PRISM_TEMPLATE_SEED: String(seeded),
      },
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    // The message names the exit code or signal: under load the child has died with no output.
    const {
      code,
      signal,
      stderr = '',
      stdout = '',
    } = error as Error & {
      code?: number | string
      signal?: string
      stderr?: string
      stdout?: string
    }
    throw new Error(
      `Building the ${seeded ? 'seeded' : 'empty'} template failed (exit ${code ?? '?'}, signal ${signal ?? 'none'}):\n${stdout}\n${stderr}`,
    )
  }
}
