import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { bootPayload, closePayload } from '../src/boot'
import { ensureDatabase } from '../src/db/database'
import { env, payloadSecret } from '../src/env'
import { DEMO_ADMIN, seedIfEmpty } from '../src/seed'

type Mode = 'dev' | 'start'

/**
 * `npm run dev` and `npm start`: the database (embedded unless DATABASE_URI is set), pending
 * migrations, demo content on an empty database, then Next.js and the worker side by side.
 * Ctrl-C or SIGTERM stops the children first and the database last.
 */
export async function launch(mode: Mode): Promise<void> {
  const db = await ensureDatabase((line) => process.env.DEBUG_POSTGRES && console.log(line))
  const childEnv = {
    ...process.env,
    DATABASE_URI: db.uri,
    DATA_DIR: env.dataDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' '),
    PAYLOAD_SECRET: payloadSecret(),
    PORT: String(env.port),
  }
  Object.assign(process.env, childEnv)

  const payload = await bootPayload(db.uri)
  await payload.db.migrate()
  const seedDemo = process.env.SEED_DEMO ? process.env.SEED_DEMO === 'true' : db.embedded
  if (seedDemo && (await seedIfEmpty(payload, { videos: true }))) console.log('[prism] seeded the demo content')
  await closePayload(payload)

  const nextArgs = mode === 'dev' ? ['dev', '--port', String(env.port)] : ['start', '--port', String(env.port)]
  const children: ChildProcess[] = [
    // Client-written X-Forwarded-* headers are dropped unless TRUST_PROXY (scripts/forwardedHeaders.cjs).
    spawn('next', nextArgs, { env: { ...childEnv, NODE_OPTIONS: `${childEnv.NODE_OPTIONS} --require ${JSON.stringify(path.resolve('scripts/forwardedHeaders.cjs'))}` }, stdio: 'inherit' }),
    spawn('tsx', ['media-workers/index.ts'], { env: childEnv, stdio: 'inherit' }),
  ]
  console.log(
    [
      '',
      `  Prism is starting (${mode}):`,
      `  Sites   ${env.serverUrl}/`,
      `  Admin   ${env.serverUrl}/admin${seedDemo ? `   (demo login: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password})` : ''}`,
      `  REST    ${env.serverUrl}/api/pages     GraphQL ${env.serverUrl}/api/graphql`,
      `  Data    ${env.dataDir}${db.embedded ? ' (embedded Postgres)' : ''}`,
      '',
    ].join('\n'),
  )

  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode) return resolve()
            child.once('exit', () => resolve())
            child.kill('SIGTERM')
            setTimeout(() => child.kill('SIGKILL'), 15_000).unref()
          }),
      ),
    )
    await db.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  for (const child of children) {
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`[prism] ${child.spawnargs.slice(0, 2).join(' ')} exited (${code}); stopping`)
        void stop(code || 1)
      }
    })
  }
}
