import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import type { Db } from 'pg-boss'

/** What pg-boss needs of a transaction: one statement at a time, and its rows. */
type Executor = { execute: (query: ReturnType<typeof sql.join>) => Promise<{ rows: unknown[] }> }

/**
 * pg-boss's database interface on the transaction `req` holds open: a job sent through it is
 * inserted by that transaction, so it exists exactly when the documents change. A worker can then
 * never take the job before the decision is committed, and a rollback takes the job with it.
 */
export async function transactionDb(req: PayloadRequest): Promise<Db> {
  const id = await req.transactionID
  const session =
    id === undefined
      ? undefined
      : (req.payload.db as unknown as PostgresAdapter).sessions[String(id)]
  if (!session)
    throw new Error('transactionDb needs a request with an open transaction (see inTransaction).')
  const transaction = session.db as unknown as Executor
  return {
    // pg-boss writes numbered parameters (`$1`); drizzle numbers its own, so each becomes a bound value.
    executeSql: async (text, values = []) => {
      const query = sql.join(
        text
          .split(/\$(\d+)/)
          .map((part, index) => (index % 2 ? sql`${values[Number(part) - 1]}` : sql.raw(part))),
      )
      const { rows } = await transaction.execute(query)
      return { rows }
    },
  }
}
