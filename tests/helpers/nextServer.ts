import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { inject } from 'vitest'

import { ensureNextBuild, TEST_DIST_DIR } from '../setup/nextBuild'
import { TEST_SECRET } from '../setup/secret'
import { trackChild } from './childProcesses'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * For a server test's beforeAll: the first file waits for the run's one build, which took up to 8
 * minutes on 2 busy cores, plus the server's start.
 */
export const SERVER_START_MS = 15 * 60_000

/**
 * For a page or request in a server test: the build answers in well under a second, but on 2 cores
 * busy with other test files a page has taken a minute.
 */
export const SLOW_PAGE_MS = 180_000

export type NextServer = { output: () => string; stop: () => Promise<void>; url: string }

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * `next start` of the run's one production build (tests/setup/nextBuild.ts) on a test file's
 * database and DATA_DIR, on a free port, in its own process group so `stop` ends Next's workers too. Each server serves its own copy of the build
 * (without the build cache): `next start` writes its caches (rendered pages, optimised images) into
 * the dist folder, and two servers on two databases must not answer from each other's. Resolves
 * once the REST API answers. Production mode, like users get: no compile on first request.
 */
export async function startNextServer(
  database: { dataDir: string; databaseUri: string },
  // More env read at start (S3_*, upload limits…): the server reads it as the test file's Payload did.
  env: Record<string, string> = {},
  { timeoutMs = 180_000 } = {},
): Promise<NextServer> {
  const build = await ensureNextBuild()
  const port = await freePort()
  // Inside the project: Next resolves its dist folder relative to it.
  const distDir = path.join(TEST_DIST_DIR + '-run', `${process.pid}-${port}`)
  fs.rmSync(path.join(root, distDir), { force: true, recursive: true })
  fs.cpSync(build, path.join(root, distDir), {
    filter: (source) => path.relative(build, source) !== 'cache',
    recursive: true,
  })
  // `localhost`, the host the sites' `<slug>.localhost` names resolve beside.
  const url = `http://localhost:${port}`
  let log = ''
  // No `--hostname 127.0.0.1`: Next 16.4 then sees its own origin as 127.0.0.1 but the proxy's
  // request URL as localhost, and turns every host rewrite (src/proxy.ts) into a proxy to itself.
  const child = trackChild(
    inject('databases').tempRoot,
    spawn(path.join(root, 'node_modules/.bin/next'), ['start', '--port', String(port)], {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        ...env,
        DATA_DIR: database.dataDir,
        DATABASE_URI: database.databaseUri,
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        PAYLOAD_SECRET: TEST_SECRET,
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    { group: true },
  )
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout.on('data', append)
  child.stderr.on('data', append)

  const removeCopy = () => fs.rmSync(path.join(root, distDir), { force: true, recursive: true })
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode || !child.pid) return removeCopy()
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal)
      } catch {
        // The group is already gone.
      }
    }
    signalGroup('SIGTERM')
    const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
    // Next's own workers share the group: make sure none outlives the leader.
    signalGroup('SIGKILL')
    removeCopy()
  }

  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) {
      removeCopy()
      throw new Error(`next start exited (${child.exitCode}):\n${log}`)
    }
    const ok = await fetch(`${url}/api/pages?limit=1&depth=0`, {
      signal: AbortSignal.timeout(60_000),
    })
      .then((response) => response.ok)
      .catch(() => false)
    if (ok) return { output: () => log, stop, url }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  await stop()
  throw new Error(`next start did not answer within ${timeoutMs / 1000} s:\n${log}`)
}
