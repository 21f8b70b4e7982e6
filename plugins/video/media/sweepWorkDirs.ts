import { readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { workDirOwner, workDirRoot } from './workDir'

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the work directories whose owner is gone: on this machine, a process that no longer runs
 * (a killed worker); from anywhere (a shared volume, a recycled pid), one untouched for `maxAgeMs`.
 * Live work is never older than its job's time limit, far below the age limit. Returns how many went.
 */
export async function sweepWorkDirs(maxAgeMs: number): Promise<number> {
  const root = workDirRoot()
  const entries = await readdir(root, { withFileTypes: true }).catch(() => [])
  let removed = 0
  for (const entry of entries) {
    const dir = path.join(root, entry.name)
    const owner = workDirOwner(entry.name)
    const orphaned =
      (owner?.host === os.hostname() && !isAlive(owner.pid)) ||
      Date.now() - (await stat(dir)).mtimeMs > maxAgeMs
    if (!orphaned) continue
    await rm(dir, { force: true, recursive: true })
    removed++
  }
  return removed
}
