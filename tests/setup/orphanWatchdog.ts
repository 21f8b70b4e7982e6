import { spawn } from 'node:child_process'
import path from 'node:path'

/**
 * The global teardown stops Postgres and kills what test files left running, but a vitest that is
 * itself killed (Ctrl-C twice, a CI timeout, `kill -9`) never reaches it, and its embedded Postgres
 * and servers would live on. This detached shell outlives vitest: once vitest's process is gone it
 * kills the tracked children (tests/helpers/childProcesses.ts), stops Postgres (fast shutdown) and
 * removes the run's temp folder. After a normal teardown all of that is already gone.
 */
export function watchForOrphans(tempRoot: string, postgresDataDir?: string): void {
  const children = path.join(tempRoot, 'children')
  const script = [
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 2; done`,
    `for f in "${children}"/*; do [ -f "$f" ] || continue; p=$(basename "$f"); if [ "$(cat "$f")" = group ]; then kill -9 -"$p"; else kill -9 "$p"; fi; done 2>/dev/null`,
    postgresDataDir
      ? `[ -f "${postgresDataDir}/postmaster.pid" ] && kill -INT "$(head -1 "${postgresDataDir}/postmaster.pid")" 2>/dev/null; sleep 3`
      : '',
    `rm -rf "${tempRoot}"`,
  ].join('\n')
  spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref()
}
