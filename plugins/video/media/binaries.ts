import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { env } from '@/src/env'

let ffmpeg: string | undefined
let ffprobe: string | undefined

/**
 * The ffmpeg Prism runs: FFMPEG_PATH, else `ffmpeg` on PATH, else the static build shipped in
 * @ffmpeg-installer, so a machine without ffmpeg still transcodes. Resolved once per process.
 */
export function ffmpegPath(): string {
  ffmpeg ??= env.ffmpegPath ?? onPath('ffmpeg') ?? bundledFfmpegPath()
  return ffmpeg
}

/** The ffprobe Prism runs, chosen like {@link ffmpegPath}. */
export function ffprobePath(): string {
  ffprobe ??= env.ffprobePath ?? onPath('ffprobe') ?? bundledFfprobePath()
  return ffprobe
}

/** The 2018 static ffmpeg inside @ffmpeg-installer (it segfaults on `-master_pl_name`). */
export function bundledFfmpegPath(): string {
  return bundled('@ffmpeg-installer', 'ffmpeg')
}

export function bundledFfprobePath(): string {
  return bundled('@ffprobe-installer', 'ffprobe')
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      if (fs.statSync(candidate).isFile()) return candidate
    } catch {
      // Not in this directory.
    }
  }
  return undefined
}

// Resolved from the platform package instead of importing the installer, whose `__dirname`
// arithmetic points nowhere once a bundler has moved the module.
function bundled(scope: string, name: string): string {
  const platformPackage = `${scope}/${process.platform}-${process.arch}/package.json`
  try {
    const require = createRequire(import.meta.url)
    return path.join(path.dirname(require.resolve(/*turbopackIgnore: true*/ platformPackage)), name)
  } catch (error) {
    throw new Error(
      `No ${name} found: set ${name.toUpperCase()}_PATH, install ${name} on PATH, or install ${scope}/${name}`,
      { cause: error },
    )
  }
}
