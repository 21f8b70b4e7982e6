import pg from 'pg'

/** Runs one statement on the server's maintenance connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function adminQuery(serverUri: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: serverUri })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

/** The same server, another database. */
export function uriFor(serverUri: string, database: string): string {
  const url = new URL(serverUri)
  url.pathname = `/${database}`
  return url.toString()
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

export async function createDatabase(
  serverUri: string,
  name: string,
  template?: string,
): Promise<void> {
  const sql = `CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`
  // Two files copying the same template at the same instant can collide on the template's lock.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(serverUri, sql)
      return
    } catch (error) {
      if (attempt >= 5 || !/being accessed by other users/.test(String(error))) throw error
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
}

export async function dropDatabase(serverUri: string, name: string): Promise<void> {
  await adminQuery(serverUri, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
}
