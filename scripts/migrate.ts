/** `npm run migrate`: applies pending migrations from `migrations/`, never prompting. */
import { bootPayload, closePayload } from '../src/boot'
import { ensureDatabase } from '../src/db/database'

const db = await ensureDatabase()
const payload = await bootPayload(db.uri)
await payload.db.migrate()
await closePayload(payload)
await db.stop()
process.exit(0)
