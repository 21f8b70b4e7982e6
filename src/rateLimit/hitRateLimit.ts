import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { MAX_WINDOW_SECONDS, type RateLimit } from './limits'
import { rateLimitPool } from './rateLimitPool'

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number }

// Keys hold what clients send (emails): hashed, so a row is small whatever they send.
const storedKey = (key: string) =>
  `${key.split(':')[0]}:${createHash('sha256').update(key).digest('base64url')}`

const run = (payload: Payload, text: string, values: unknown[]) =>
  rateLimitPool(payload).query(text, values)

/**
 * Counts one hit on `key` and says whether it is within `limit`. One atomic upsert on the
 * `rate_limits` table, so every web replica shares the count and concurrent hits never both slip
 * through. Fixed windows: the first hit after a window ended starts the next one.
 */
export async function hitRateLimit(
  payload: Payload,
  key: string,
  { max, windowSeconds }: RateLimit,
): Promise<RateLimitResult> {
  const { rows } = await run(
    payload,
    `INSERT INTO rate_limits AS r (key, window_start, count) VALUES ($1, now(), 1)
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE r.count + 1 END,
        window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN now() ELSE r.window_start END
      RETURNING r.count, ceil(extract(epoch FROM r.window_start + make_interval(secs => $2) - now())) AS retry_after`,
    [storedKey(key), windowSeconds],
  )
  const [row] = rows as { count: number | string; retry_after: number | string }[]
  // Now and then, drop windows that ended long ago, so the table stays as small as the traffic.
  if (Math.random() < 0.01)
    void run(
      payload,
      'DELETE FROM rate_limits WHERE window_start < now() - make_interval(secs => $1)',
      [MAX_WINDOW_SECONDS * 2],
    ).catch(() => {})
  return {
    allowed: Number(row.count) <= max,
    retryAfterSeconds: Math.max(1, Number(row.retry_after)),
  }
}

/** Forgets the hits on `key` (a successful login ends its account's wrong-password count). */
export async function clearRateLimit(payload: Payload, key: string): Promise<void> {
  await run(payload, 'DELETE FROM rate_limits WHERE key = $1', [storedKey(key)])
}

/** Takes one hit back from `key` (a login that turned out right does not count against its address). */
export async function forgiveHit(payload: Payload, key: string): Promise<void> {
  await run(payload, 'UPDATE rate_limits SET count = greatest(count - 1, 0) WHERE key = $1', [
    storedKey(key),
  ])
}
