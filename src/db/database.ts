import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { env } from '../env'
import { startEmbeddedPostgres } from './embeddedPostgres'

export type Database = { embedded: boolean; stop: () => Promise<void>; uri: string }

const runtimeFile = () => path.join(env.dataDir, 'database-uri')

/**
 * The database every command uses: `DATABASE_URI` when set; otherwise the embedded Postgres in
 * `$DATA_DIR/postgres`, joined if another Prism command already runs it, started if not.
 * The caller that started it stops it.
 */
export async function ensureDatabase(log: (line: string) => void = () => {}): Promise<Database> {
  if (env.databaseUri) return { embedded: false, stop: async () => {}, uri: env.databaseUri }

  const running = readRunningUri()
  if (running && (await canConnect(running)))
    return { embedded: true, stop: async () => {}, uri: running }

  const server = await startEmbeddedPostgres({
    dataDir: path.join(env.dataDir, 'postgres'),
    log,
    port: Number(process.env.DATABASE_PORT || 54320),
  })
  fs.writeFileSync(runtimeFile(), server.uri)
  return {
    embedded: true,
    stop: async () => {
      fs.rmSync(runtimeFile(), { force: true })
      await server.stop()
    },
    uri: server.uri,
  }
}

function readRunningUri(): string | undefined {
  try {
    return fs.readFileSync(runtimeFile(), 'utf8').trim() || undefined
  } catch {
    return undefined
  }
}

async function canConnect(uri: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}
