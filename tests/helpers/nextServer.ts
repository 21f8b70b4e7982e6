import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type NextServer = { output: () => string; stop: () => Promise<void>; url: string }

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * `next dev` on a free port, in its own process group so `stop` ends Next's workers too. Builds into
 * `.next-test`, never the `.next` of a developer's server. Resolves once the REST API answers.
 */
export async function startNextDev(
  env: Record<string, string>,
  // Next locks its dist dir: two test files that run servers at the same time need one each.
  { distDir = '.next-test', timeoutMs = 180_000 } = {},
): Promise<NextServer> {
  const port = await freePort()
  // `localhost`, not 127.0.0.1: Next 16 dev serves its client chunks and HMR only to localhost
  // origins (and *.localhost); from 127.0.0.1 the admin never hydrates.
  const url = `http://localhost:${port}`
  let log = ''
  // No `--hostname 127.0.0.1`: Next 16.4 then sees its own origin as 127.0.0.1 but the proxy's
  // request URL as localhost, and turns every host rewrite (src/proxy.ts) into a proxy to itself.
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['dev', '--port', String(port)], {
    cwd: root,
    detached: true,
    env: { ...process.env, ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'development', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout.on('data', append)
  child.stderr.on('data', append)

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode || !child.pid) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal)
      } catch {
        // The group is already gone.
      }
    }
    signalGroup('SIGTERM')
    const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
    // Next's own workers share the group: make sure none outlives the leader.
    signalGroup('SIGKILL')
  }

  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`next dev exited (${child.exitCode}):\n${log}`)
    const ok = await fetch(`${url}/api/pages?limit=1&depth=0`, { signal: AbortSignal.timeout(60_000) })
      .then((response) => response.ok)
      .catch(() => false)
    if (ok) return { output: () => log, stop, url }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  await stop()
  throw new Error(`next dev did not answer within ${timeoutMs / 1000} s:\n${log}`)
}
