/**
 * Runs the Payload CLI (`payload migrate:create`, `generate:types`, ...) against the same database
 * every other command uses, starting the embedded one when needed.
 */
import { spawn } from 'node:child_process'

import { ensureDatabase } from '../src/db/database'

const db = await ensureDatabase()
const child = spawn('payload', process.argv.slice(2), {
  env: { ...process.env, DATABASE_URI: db.uri, NODE_OPTIONS: '--no-deprecation' },
  stdio: 'inherit',
})
const code = await new Promise<number>((resolve) =>
  child.on('exit', (status) => resolve(status ?? 1)),
)
await db.stop()
process.exit(code)
