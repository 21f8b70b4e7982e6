/**
 * Payload writes payload-types.ts only under `next dev` (payload.config.ts: typescript.autoGenerate),
 * so a collection changed without `npm run generate:types` would leave the committed types stale and
 * the type check passing on them. This test regenerates them beside the committed file and compares.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

import { TEST_SECRET } from './setup/secret'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const run = promisify(execFile)

it('payload-types.ts is what `npm run generate:types` writes for the current config', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-types-'))
  const generated = path.join(folder, 'payload-types.ts')
  try {
    await run(path.join(root, 'node_modules/.bin/payload'), ['generate:types'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_OPTIONS: '--no-deprecation',
        PAYLOAD_SECRET: TEST_SECRET,
        PAYLOAD_TS_OUTPUT_PATH: generated,
      },
    })
    const committed = fs.readFileSync(path.join(root, 'payload-types.ts'), 'utf8')
    expect(
      fs.readFileSync(generated, 'utf8') === committed,
      'payload-types.ts is stale: run `npm run generate:types` and commit it',
    ).toBe(true)
  } finally {
    fs.rmSync(folder, { force: true, recursive: true })
  }
}, 120_000)
