import { createHash } from 'node:crypto'

import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { MAX_WINDOW_SECONDS, type RateLimit } from './limits'

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number }

// Keys hold what clients send (emails): hashed, so a row is small whatever they send.
const storedKey = (key: string) => `${key.split(':')[0]}:${createHash('sha256').update(key).digest('base64url')}`

/**
 * The pool, never the request's transaction: a hit must count even when the request fails and
 * its transaction rolls back (a wrong password).
 */
const database = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle

type Execute = ReturnType<typeof database>['execute']
// db-postgres and drizzle ship separate copies of drizzle-orm: the same SQL object, two types.
const run = (payload: Payload, query: ReturnType<typeof sql>) => database(payload).execute(query as unknown as Parameters<Execute>[0])

/**
 * Counts one hit on `key` and says whether it is within `limit`. One atomic upsert on the
 * `rate_limits` table, so every web replica shares the count and concurrent hits never both slip
 * through. Fixed windows: the first hit after a window ended starts the next one.
 */
export async function hitRateLimit(payload: Payload, key: string, { max, windowSeconds }: RateLimit): Promise<RateLimitResult> {
  const { rows } = await run(
    payload,
    sql`INSERT INTO rate_limits AS r (key, window_start, count) VALUES (${storedKey(key)}, now(), 1)
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN r.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE r.count + 1 END,
        window_start = CASE WHEN r.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE r.window_start END
      RETURNING r.count, ceil(extract(epoch FROM r.window_start + make_interval(secs => ${windowSeconds}) - now())) AS retry_after`,
  )
  const [row] = rows as { count: number | string; retry_after: number | string }[]
  // Now and then, drop windows that ended long ago, so the table stays as small as the traffic.
  if (Math.random() < 0.01) void run(payload, sql`DELETE FROM rate_limits WHERE window_start < now() - make_interval(secs => ${MAX_WINDOW_SECONDS * 2})`).catch(() => {})
  return { allowed: Number(row.count) <= max, retryAfterSeconds: Math.max(1, Number(row.retry_after)) }
}

/** Forgets the hits on `key` (a successful login ends its account's wrong-password count). */
export async function clearRateLimit(payload: Payload, key: string): Promise<void> {
  await run(payload, sql`DELETE FROM rate_limits WHERE key = ${storedKey(key)}`)
}

/** Takes one hit back from `key` (a login that turned out right does not count against its address). */
export async function forgiveHit(payload: Payload, key: string): Promise<void> {
  await run(payload, sql`UPDATE rate_limits SET count = greatest(count - 1, 0) WHERE key = ${storedKey(key)}`)
}
