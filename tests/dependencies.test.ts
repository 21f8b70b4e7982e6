/**
 * CI fails on dependency drift: a package declared in package.json that nothing uses, or one the
 * code imports without declaring it (it would only work while something else happens to install it).
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const run = promisify(execFile)

it('declares every package the code imports and nothing else (npm run check:deps)', async () => {
  // The same command a developer runs, so the test and the script cannot drift apart.
  const report = await run('npm', ['run', '--silent', 'check:deps'], { cwd: root }).then(
    ({ stderr, stdout }) => `${stdout}${stderr}`.trim(),
    (error: { code?: number; stderr?: string; stdout?: string }) =>
      `exit ${error.code}\n${error.stdout ?? ''}${error.stderr ?? ''}`.trim(),
  )
  expect(report, `npm run check:deps reported:\n${report}`).toBe('')
}, 120_000)
