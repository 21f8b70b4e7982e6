/**
 * `npm run bench`: every benchmark, one after the other (they share the machine, so never at once),
 * each printing its figures against a baseline measured in the same run.
 */
import { runCommand } from './harness'

const only = process.argv.slice(2)
const benches: [string, Record<string, string>][] = [
  ['api', {}],
  // Reuses the production build the API benchmark made.
  ['upload', { BENCH_SKIP_BUILD: only.length && !only.includes('api') ? '' : '1' }],
  ['transcode', {}],
  ['queue', {}],
]

for (const [name, env] of benches) {
  if (only.length && !only.includes(name)) continue
  console.log(`\n## ${name}\n`)
  await runCommand('tsx', [`bench/${name}.ts`], { ...process.env, ...env })
}
