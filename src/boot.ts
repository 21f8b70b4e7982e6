import { getPayload, type Payload } from 'payload'

/**
 * Boots the Local API for a command outside Next.js (scripts, workers, tests). The config reads
 * DATABASE_URI when it is imported, so the URI is set first and the config imported after.
 */
export async function bootPayload(databaseUri: string, { cron = false } = {}): Promise<Payload> {
  process.env.DATABASE_URI = databaseUri
  const { default: config } = await import('../payload.config')
  return getPayload({ config, cron })
}
