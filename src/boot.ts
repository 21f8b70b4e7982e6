import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { stopSender } from './queue/sender'

/**
 * Boots the Local API for a command outside Next.js (scripts, workers, tests) on DATABASE_URI, which
 * the config reads when Payload connects.
 */
export async function bootPayload(
  databaseUri: string,
  { config, cron = false }: { config?: SanitizedConfig; cron?: boolean } = {},
): Promise<Payload> {
  process.env.DATABASE_URI = databaseUri
  return getPayload({ config: config ?? (await import('../payload.config')).default, cron })
}

/**
 * `payload.destroy()` leaves the Postgres pool open, and after migrations one client stays checked
 * out forever, so `pool.end()` never resolves. Close what can be closed, and keep the server's
 * later shutdown of the stray connection from crashing the process with an unhandled error.
 */
export async function closePayload(payload: Payload): Promise<void> {
  // Hooks may have started this process's pg-boss sender (an upload sends a processing job).
  await stopSender()
  forgetCachedPayload()
  const { pool } = payload.db as unknown as PostgresAdapter
  pool?.on('error', () => {})
  await payload.destroy()
  void pool?.end().catch(() => {})
}

/**
 * Makes the next getPayload() of this process boot a new instance instead of returning the cached
 * one (Payload keeps it on `globalThis`): the test files sharing a process each boot their own.
 */
export function forgetCachedPayload(): void {
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
}
