/** `npm run migrate`: applies pending migrations from `migrations/`, never prompting. */
import { bootPayload } from '../src/boot'
import { ensureDatabase } from '../src/db/database'

const db = await ensureDatabase()
const payload = await bootPayload(db.uri)
await payload.db.migrate()
await payload.destroy()
await db.stop()
process.exit(0)
