import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { env } from '@/src/env'

/** Separates the parts of a work directory's name (`<label>~<pid>~<host>~<random>`); no hostname contains it. */
const SEPARATOR = '~'

/**
 * Where the pipeline's work directories live: `$DATA_DIR/tmp/transcode`, never the OS temp dir, so
 * the sweep finds what a killed worker left behind.
 */
export const workDirRoot = (): string => path.join(env.uploadTempDir, 'transcode')

/** A new, empty work directory named after the process that owns it, so the sweep can tell a dead owner's leftovers from live work. */
export async function createWorkDir(label: string): Promise<string> {
  await mkdir(workDirRoot(), { recursive: true })
  return mkdtemp(path.join(workDirRoot(), [label, process.pid, os.hostname(), ''].join(SEPARATOR)))
}

/** The process that created a work directory, read from its name; undefined for any other name. */
export function workDirOwner(name: string): { host: string; pid: number } | undefined {
  const parts = name.split(SEPARATOR)
  if (parts.length !== 4 || !/^\d+$/.test(parts[1])) return undefined
  return { host: parts[2], pid: Number(parts[1]) }
}
