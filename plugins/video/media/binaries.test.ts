import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it, vi } from 'vitest'

const run = promisify(execFile)

// Each case imports a fresh module: the paths are resolved once per process.
const fresh = async () => {
  vi.resetModules()
  return import('./binaries')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('ffmpegPath / ffprobePath', () => {
  it('use FFMPEG_PATH and FFPROBE_PATH when set', async () => {
    vi.stubEnv('FFMPEG_PATH', '/opt/ffmpeg/bin/ffmpeg')
    vi.stubEnv('FFPROBE_PATH', '/opt/ffmpeg/bin/ffprobe')
    const { ffmpegPath, ffprobePath } = await fresh()
    expect([ffmpegPath(), ffprobePath()]).toEqual([
      '/opt/ffmpeg/bin/ffmpeg',
      '/opt/ffmpeg/bin/ffprobe',
    ])
  })

  it('otherwise find executables on PATH, and keep the first answer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-bin-'))
    fs.writeFileSync(path.join(dir, 'ffmpeg'), '#!/bin/sh\n', { mode: 0o755 })
    vi.stubEnv('FFMPEG_PATH', '')
    vi.stubEnv('PATH', `/nonexistent${path.delimiter}${dir}`)
    const { ffmpegPath } = await fresh()
    expect(ffmpegPath()).toBe(path.join(dir, 'ffmpeg'))
    vi.stubEnv('PATH', '')
    expect(ffmpegPath()).toBe(path.join(dir, 'ffmpeg'))
    fs.rmSync(dir, { force: true, recursive: true })
  })

  it('fall back to the builds shipped on npm, which run, on a machine without ffmpeg', async () => {
    vi.stubEnv('FFMPEG_PATH', '')
    vi.stubEnv('FFPROBE_PATH', '')
    vi.stubEnv('PATH', '')
    const { bundledFfmpegPath, bundledFfprobePath, ffmpegPath, ffprobePath } = await fresh()
    expect(ffmpegPath()).toBe(bundledFfmpegPath())
    expect(ffprobePath()).toBe(bundledFfprobePath())
    expect(ffmpegPath()).toContain(
      `node_modules/@ffmpeg-installer/${process.platform}-${process.arch}/`,
    )
    expect((await run(ffmpegPath(), ['-version'])).stdout).toMatch(/^ffmpeg version/)
    expect((await run(ffprobePath(), ['-version'])).stdout).toMatch(/^ffprobe version/)
  })
})
