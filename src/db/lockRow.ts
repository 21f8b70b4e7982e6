import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * Locks one row of `table` until the request's transaction ends (`SELECT … FOR UPDATE`), so a
 * check-then-write on it (the last seat of an event) cannot interleave with another request's.
 * Needs a transaction on `req` (initTransaction); without one the lock ends with the statement.
 */
export async function lockRow(req: PayloadRequest, table: string, id: number): Promise<void> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const db = (req.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
  const query = sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`
  // db-postgres and drizzle ship separate copies of drizzle-orm: the same SQL object, two types.
  await db.execute(query as unknown as Parameters<typeof db.execute>[0])
}
