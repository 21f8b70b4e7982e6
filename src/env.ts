import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Every setting Prism reads, with its default. `.env.example` documents the same list. */
export const env = {
  get dataDir(): string {
    // The ignore comment keeps Turbopack from tracing the whole project into the server bundle.
    return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || '.data')
  },
  get databaseUri(): string | undefined {
    return process.env.DATABASE_URI || undefined
  },
  get imageMaxPixels(): number {
    return Number(process.env.IMAGE_MAX_PIXELS || 50_000_000)
  },
  get isProduction(): boolean {
    return process.env.NODE_ENV === 'production'
  },
  get port(): number {
    return Number(process.env.PORT || 3000)
  },
  get previewSecret(): string {
    return process.env.PREVIEW_SECRET || payloadSecret()
  },
  get serverUrl(): string {
    return (process.env.SERVER_URL || `http://localhost:${this.port}`).replace(/\/$/, '')
  },
  get uploadMaxBytes(): number {
    return Number(process.env.UPLOAD_MAX_BYTES || 25 * 1024 * 1024)
  },
}

/**
 * Production must set PAYLOAD_SECRET. Locally a random secret is created once in the data
 * directory, so the two-command start needs no env file and sessions survive restarts.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  // `next build` imports the config but signs nothing, so it needs no real secret.
  if (env.isProduction && process.env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('PAYLOAD_SECRET must be set in production (see .env.example)')
  }
  const file = path.join(env.dataDir, 'payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(env.dataDir, { recursive: true })
    const secret = randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}
