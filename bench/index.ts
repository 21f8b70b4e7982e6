/**
 * `npm run bench`: every benchmark, one after the other (they share the machine, so never at once),
 * each printing its figures against a baseline measured in the same run.
 */
import { tsCommand } from '../src/start/tsCommand'
import { runCommand } from './harness'

const only = process.argv.slice(2)
/** The API benchmark's production build serves the later benchmarks that start the app, when it ran (else BENCH_SKIP_BUILD=1 from the caller still reuses an earlier one). */
const reuseBuild: Record<string, string> =
  only.length && !only.includes('api') ? {} : { BENCH_SKIP_BUILD: '1' }
const benches: [string, Record<string, string>][] = [
  ['api', {}],
  ['upload', reuseBuild],
  ['transcode', {}],
  ['queue', {}],
  ['courses', reuseBuild],
]

for (const [name, env] of benches) {
  if (only.length && !only.includes(name)) continue
  console.log(`\n## ${name}\n`)
  await runCommand(...tsCommand(`bench/${name}.ts`), { ...process.env, ...env })
}
