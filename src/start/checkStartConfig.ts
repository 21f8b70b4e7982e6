import { type Env, rateLimitNames, rateLimitOf } from '../rateLimit/limits'

export type LaunchMode = 'dev' | 'start'

/**
 * What is wrong with the environment for `npm run dev` or `npm start`, as messages for the operator;
 * empty when it may start. Pure (reads only `vars`), and run before anything is started, so a bad
 * configuration never leaves an embedded Postgres or a child process behind.
 */
export function checkStartConfig(mode: LaunchMode, vars: Env = process.env): string[] {
  const problems: string[] = []
  if (mode === 'start' && !vars.PAYLOAD_SECRET)
    problems.push('PAYLOAD_SECRET must be set in production (see .env.example).')
  if (vars.SEED_DEMO && !['true', 'false'].includes(vars.SEED_DEMO))
    problems.push(`SEED_DEMO must be true or false, not "${vars.SEED_DEMO}".`)
  if (vars.TRUST_PROXY && !/^(true|false|\d+)$/i.test(vars.TRUST_PROXY.trim()))
    problems.push(
      `TRUST_PROXY must be true, false or a number of proxies, not "${vars.TRUST_PROXY}".`,
    )
  for (const name of rateLimitNames) {
    try {
      rateLimitOf(name, vars)
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  return problems
}

/**
 * Whether to seed the demo content (with its demo logins) on an empty database: as SEED_DEMO says;
 * unset, only in development with the embedded database, never in production.
 */
export const shouldSeedDemo = (
  mode: LaunchMode,
  embedded: boolean,
  vars: Env = process.env,
): boolean => (vars.SEED_DEMO ? vars.SEED_DEMO === 'true' : mode === 'dev' && embedded)
