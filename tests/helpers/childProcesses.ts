import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const folder = (tempRoot: string) => path.join(tempRoot, 'children')

/**
 * Notes a process a test started (a worker, `next start`, `next build`) in the run's temp folder
 * until it exits, so the global teardown can kill whatever a failed or timed-out test file left
 * running (`killLeftoverChildren`). `group`: it was spawned `detached`, and its whole process group
 * (Next's own workers) goes with it.
 */
export function trackChild<T extends ChildProcess>(
  tempRoot: string,
  child: T,
  { group = false } = {},
): T {
  if (!child.pid) return child
  fs.mkdirSync(folder(tempRoot), { recursive: true })
  const file = path.join(folder(tempRoot), String(child.pid))
  fs.writeFileSync(file, group ? 'group' : 'process')
  child.once('exit', () => fs.rmSync(file, { force: true }))
  return child
}

/** SIGKILLs every tracked process (and group) still running; returns how many there were. */
export function killLeftoverChildren(tempRoot: string): number {
  let killed = 0
  for (const name of fs.existsSync(folder(tempRoot)) ? fs.readdirSync(folder(tempRoot)) : []) {
    const group = fs.readFileSync(path.join(folder(tempRoot), name), 'utf8') === 'group'
    try {
      process.kill(group ? -Number(name) : Number(name), 'SIGKILL')
      killed++
    } catch {
      // It had exited after all.
    }
  }
  return killed
}
