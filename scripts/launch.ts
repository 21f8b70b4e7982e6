import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import type { Database } from '../src/db/database'
import { env, payloadSecret } from '../src/env'
import { checkStartConfig, type LaunchMode, shouldSeedDemo } from '../src/start/checkStartConfig'
import { nodeVersionProblem } from '../src/start/nodeVersion'
import { tsCommand } from '../src/start/tsCommand'

/** Drops client-written X-Forwarded-* headers unless TRUST_PROXY (see the file). */
const forwardedHeadersPreload = JSON.stringify(path.resolve('scripts/forwardedHeaders.cjs'))

/**
 * `npm run dev` and `npm start`: the configuration check, then the database (embedded unless
 * DATABASE_URI is set), pending migrations, demo content on an empty database (production: only
 * with SEED_DEMO=true), then Next.js and the worker side by side. Nothing starts with a bad
 * configuration, and production refuses a super-admin with the demo password. Ctrl-C, SIGTERM or
 * any failure stops the children first and the database last.
 */
export async function launch(mode: LaunchMode): Promise<void> {
  const problems = [nodeVersionProblem(), ...checkStartConfig(mode)].filter(
    (problem) => problem !== undefined,
  )
  if (problems.length) {
    console.error(
      ['[prism] Not starting:', ...problems.map((problem) => `  - ${problem}`)].join('\n'),
    )
    process.exit(1)
  }

  // Loaded after the check, so a bad configuration is reported before Payload's import cost.
  const [
    { bootPayload, closePayload },
    { ensureDatabase },
    { DEMO_ADMIN, DEMO_PASSWORD, seedIfEmpty },
    { demoSuperAdmins },
  ] = await Promise.all([
    import('../src/boot'),
    import('../src/db/database'),
    import('../src/seed'),
    import('../src/start/demoSuperAdmins'),
  ])

  const children: ChildProcess[] = []
  let db: Database | undefined
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
    await db
      ?.stop()
      .catch((error: unknown) => console.error(`[prism] stopping the database: ${String(error)}`))
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))

  try {
    db = await ensureDatabase((line) => process.env.DEBUG_POSTGRES && console.log(line))
    const childEnv = {
      ...process.env,
      DATA_DIR: env.dataDir,
      DATABASE_URI: db.uri,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' '),
      PAYLOAD_SECRET: payloadSecret(),
      PORT: String(env.port),
    }
    Object.assign(process.env, childEnv)

    const payload = await bootPayload(db.uri)
    await payload.db.migrate()
    const seedDemo = shouldSeedDemo(mode, db.embedded)
    if (seedDemo && (await seedIfEmpty(payload, { worker: true })))
      console.log('[prism] seeded the demo content')
    // Production with demo logins only when asked for them (SEED_DEMO=true), and then it says so.
    const demoAdmins = mode === 'start' ? await demoSuperAdmins(payload) : []
    await closePayload(payload)
    if (demoAdmins.length && !seedDemo) {
      throw new Error(
        `Refusing to start in production: the super-admin ${demoAdmins.join(', ')} still has the demo password "${DEMO_PASSWORD}". ` +
          'Change the password or remove the account (to sign in for that, start once with SEED_DEMO=true, which allows demo logins).',
      )
    }
    if (demoAdmins.length)
      console.warn(
        `[prism] WARNING: SEED_DEMO=true and ${demoAdmins.join(', ')} signs in with the public demo password.`,
      )

    const nextEnv = {
      ...childEnv,
      NODE_OPTIONS: `${childEnv.NODE_OPTIONS} --require ${forwardedHeadersPreload}`,
    }
    const nextArgs =
      mode === 'dev' ? ['dev', '--port', String(env.port)] : ['start', '--port', String(env.port)]
    children.push(
      spawn('next', nextArgs, { env: nextEnv, stdio: 'inherit' }),
      spawn(...tsCommand('media-workers/index.ts'), { env: childEnv, stdio: 'inherit' }),
    )
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
  } catch (error) {
    console.error(`[prism] ${error instanceof Error ? error.message : String(error)}`)
    await stop(1)
    return
  }

  for (const child of children) {
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`[prism] ${child.spawnargs.slice(0, 2).join(' ')} exited (${code}); stopping`)
        void stop(code || 1)
      }
    })
  }
}
