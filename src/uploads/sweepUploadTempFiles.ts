import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { env } from '../env'

/**
 * Removes upload temp files (`$DATA_DIR/tmp`, Payload's `useTempFiles`) untouched for `maxAgeMs`:
 * what a web process killed mid-upload leaves. An upload in progress writes to its file all along,
 * so it always looks recent. Folders (the pipeline's `transcode/`) are left to their own sweep.
 */
export async function sweepUploadTempFiles(maxAgeMs: number): Promise<number> {
  const dir = env.uploadTempDir
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  let removed = 0
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const file = path.join(dir, entry.name)
    const stats = await stat(file).catch(() => undefined)
    if (!stats || Date.now() - stats.mtimeMs <= maxAgeMs) continue
    await rm(file, { force: true })
    removed++
  }
  return removed
}
