/** `npm run seed`: replaces the demo content (and resets the demo users' passwords). */
import { bootPayload, closePayload } from '../src/boot'
import { ensureDatabase } from '../src/db/database'
import { DEMO_ADMIN, seed } from '../src/seed'

const db = await ensureDatabase()
const payload = await bootPayload(db.uri)
await payload.db.migrate()
await seed(payload, { worker: true })
payload.logger.info(`Seeded. Admin login: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`)
await closePayload(payload)
await db.stop()
process.exit(0)
