import type { PostgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'
import type { Payload } from 'payload'

const pools = new WeakMap<Payload, pg.Pool>()

/**
 * A small pool of its own for the rate-limit counters, beside Payload's. A REST create holds one of
 * Payload's connections for its transaction while its hooks run; if the count took a second one
 * from the same pool, enough concurrent creates would each hold one and wait for another forever.
 * Never the request's transaction either: a hit must count when the request fails and rolls back.
 */
export function rateLimitPool(payload: Payload): pg.Pool {
  let pool = pools.get(payload)
  if (!pool) {
    const { connectionString } = (payload.db as unknown as PostgresAdapter).poolOptions
    pool = new pg.Pool({
      allowExitOnIdle: true,
      connectionString,
      idleTimeoutMillis: 10_000,
      max: 3,
    })
    // A connection the server ends (a restart, a test dropping its database) is replaced on the next query.
    pool.on('error', () => {})
    pools.set(payload, pool)
  }
  return pool
}
