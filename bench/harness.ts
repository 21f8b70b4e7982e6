import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../src/db/embeddedPostgres'

/** Runs a command to completion with the given env, its output shown. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    )
  })
}

/** Resolves once `url` answers 2xx; a minute at most. */
export async function waitForUrl(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer`)
}

export type BenchApp = {
  dataDir: string
  databaseUri: string
  /** The environment a production `next start` of this app runs with; also applied to this process. */
  env: NodeJS.ProcessEnv
  /** Builds (unless BENCH_SKIP_BUILD) and starts `next start`, resolving once `readyPath` answers. */
  start: (readyPath: string) => Promise<ChildProcess>
  stop: () => Promise<void>
}

/** A throwaway embedded Postgres and data folder, and a production build of the app on `port` over them. */
export async function benchApp(
  name: string,
  { databasePort, port }: { databasePort: number; port: number },
): Promise<BenchApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `prism-bench-${name}-`))
  fs.chmodSync(dataDir, 0o755)
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    port: databasePort,
  })
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URI: db.uri,
    NEXT_DIST_DIR: '.next-bench',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
    PAYLOAD_SECRET: 'bench-secret',
    PORT: String(port),
  }
  Object.assign(process.env, env)
  const children: ChildProcess[] = []
  return {
    databaseUri: db.uri,
    dataDir,
    env,
    start: async (readyPath) => {
      if (!process.env.BENCH_SKIP_BUILD) await runCommand('next', ['build'], env)
      const child = spawn('next', ['start', '--port', String(port)], { env, stdio: 'ignore' })
      children.push(child)
      await waitForUrl(`http://127.0.0.1:${port}${readyPath}`)
      return child
    },
    stop: async () => {
      for (const child of children) child.kill('SIGTERM')
      await db.stop()
      fs.rmSync(dataDir, { force: true, recursive: true })
    },
  }
}
