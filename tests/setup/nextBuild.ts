import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'

import { trackChild } from '../helpers/childProcesses'
import './context'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Where the test build goes: never the `.next` of a developer's `npm run dev` or `npm run build`. */
export const TEST_DIST_DIR = '.next-test'

// A cold build on 2 busy cores has taken over 8 minutes.
const BUILD_TIMEOUT_MS = 20 * 60_000

/**
 * One production build of the app per test run, shared by every test that serves it (`next start`
 * per file, see tests/helpers/nextServer.ts). The first file to ask builds; the others wait for it.
 * Built on demand rather than in the global setup, so a run without server tests (test:fast, one
 * file) never pays for it. The run's temp folder holds the lock and the outcome.
 */
export async function ensureNextBuild(): Promise<string> {
  const { tempRoot } = inject('databases')
  const lock = path.join(tempRoot, 'next-build.lock')
  const done = path.join(tempRoot, 'next-build.done')
  const failed = path.join(tempRoot, 'next-build.failed')
  let builder = false
  try {
    fs.mkdirSync(lock)
    builder = true
  } catch {
    // Another test file builds.
  }
  if (builder) {
    try {
      await build(tempRoot)
      fs.writeFileSync(done, '')
    } catch (error) {
      fs.writeFileSync(failed, (error as Error).message)
      throw error
    }
  } else {
    const started = Date.now()
    while (!fs.existsSync(done)) {
      if (fs.existsSync(failed))
        throw new Error(
          `The test build failed (in another test file):\n${fs.readFileSync(failed, 'utf8')}`,
        )
      if (Date.now() - started > BUILD_TIMEOUT_MS)
        throw new Error(`The test build did not finish within ${BUILD_TIMEOUT_MS / 60_000} minutes`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  return path.join(root, TEST_DIST_DIR)
}

function build(tempRoot: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      path.join(root, 'node_modules/.bin/next'),
      ['build'],
      {
        cwd: root,
        env: {
          ...process.env,
          NEXT_DIST_DIR: TEST_DIST_DIR,
          NEXT_TELEMETRY_DISABLED: '1',
          NODE_ENV: 'production',
        },
        maxBuffer: 64 * 1024 * 1024,
        timeout: BUILD_TIMEOUT_MS,
      },
      (error, stdout, stderr) =>
        error
          ? reject(
              new Error(`next build failed:\n${stdout.slice(-20_000)}\n${stderr.slice(-20_000)}`),
            )
          : resolve(),
    )
    trackChild(tempRoot, child)
  })
}
