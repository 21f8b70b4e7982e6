import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * Locks one row of `table` until the request's transaction ends (`SELECT … FOR UPDATE`), so a
 * check-then-write on it (the last seat of an event) cannot interleave with another request's.
 * False when the row does not exist (or a delete that held it committed meanwhile).
 * Needs a transaction on `req` (`inTransaction`); without one the lock ends with the statement.
 */
export async function lockRow(req: PayloadRequest, table: string, id: number): Promise<boolean> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const db = (req.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
  const query = sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`
  // db-postgres and drizzle ship separate copies of drizzle-orm: the same SQL object, two types.
  const result = await db.execute(query as unknown as Parameters<typeof db.execute>[0])
  return result.rows.length > 0
}
