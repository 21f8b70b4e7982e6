/**
 * Run by the global setup in its own process (`tsx`), so the template database ends with no open
 * connection (CREATE DATABASE … TEMPLATE needs that) and each template gets a fresh Payload.
 * Env: DATABASE_URI, DATA_DIR, PAYLOAD_SECRET, PRISM_TEMPLATE_SEED=true|false.
 */
import { bootPayload } from '../../src/boot'
import { seedIfEmpty } from '../../src/seed'

const uri = process.env.DATABASE_URI
if (!uri) throw new Error('DATABASE_URI is not set')
const payload = await bootPayload(uri)
await payload.db.migrate()
// What a new install's first start does; src/seed/seed.test.ts checks what it made.
if (process.env.PRISM_TEMPLATE_SEED === 'true' && !(await seedIfEmpty(payload)))
  throw new Error('seedIfEmpty left an empty database unseeded')
await payload.destroy()
process.exit(0)
