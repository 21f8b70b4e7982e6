import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeClip } from '@/tests/helpers/videoClips'
import { bundledFfmpegPath, bundledFfprobePath, ffmpegPath, ffprobePath } from './binaries'
import { probeVideo } from './probe'
import { stripMetadata, transcodeToHls } from './transcode'

const run = promisify(execFile)

const tags = {
  location: '+48.8584+002.2945/',
  make: 'Prismcam',
  model: 'Prismcam X9 Secret',
  title: 'Secret birthday party',
}

let dir: string
let hd: string
const at = (...parts: string[]) => path.join(dir, ...parts)

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-transcode-'))
  hd = await makeClip(at('hd.mp4'), { height: 1080, metadata: tags, seconds: 3, width: 1920 })
})

afterAll(() => fs.rmSync(dir, { force: true, recursive: true }))

type Stream = {
  codec_name: string
  codec_type: string
  height?: number
  pix_fmt?: string
  profile?: string
  tags?: Record<string, string>
  width?: number
}
type Info = { format: { duration: string; tags?: Record<string, string> }; streams: Stream[] }

async function ffprobe(file: string, bin = ffprobePath()): Promise<Info> {
  const { stdout } = await run(bin, [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_format',
    '-show_streams',
    file,
  ])
  return JSON.parse(stdout) as Info
}

/** Every tag value anywhere in the file's container and streams. */
const tagValues = (info: Info) =>
  [info.format.tags, ...info.streams.map((s) => s.tags)].flatMap((t) => Object.values(t ?? {}))

function filesUnder(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
}

/** ffmpeg processes working on `input` (pid → arguments), from their command lines. */
function ffmpegPidsFor(input: string): Map<number, string[]> {
  const pids = new Map<number, string[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (commandLine.includes('ffmpeg') && commandLine.includes(input))
        pids.set(Number(entry), commandLine.split('\0'))
    } catch {
      // Exited while we looked.
    }
  }
  return pids
}

/** A fingerprint of a file's video packets: equal means not re-encoded. */
async function videoPacketsHash(file: string): Promise<string> {
  const { stdout } = await run(ffmpegPath(), [
    '-v',
    'error',
    '-i',
    file,
    '-map',
    '0:v',
    '-c',
    'copy',
    '-f',
    'md5',
    '-',
  ])
  return stdout.trim()
}

describe('transcodeToHls', () => {
  it('turns a 1080p clip into three playable rungs, a master playlist, a thumbnail and previews, the ladder in one ffmpeg process', async () => {
    const probe = await probeVideo(hd)
    const outDir = at('hd')
    const progress: number[] = []
    const runs = new Map<number, string[]>()
    const watch = setInterval(
      () => ffmpegPidsFor(hd).forEach((args, pid) => runs.set(pid, args)),
      20,
    )
    const output = await transcodeToHls({
      input: hd,
      onProgress: (p) => progress.push(p),
      outDir,
      probe,
    }).finally(() => clearInterval(watch))

    // One process reads the whole source once and writes every rung; the stills come from seeking.
    const ladders = [...runs.values()].filter((args) => args.includes('hls'))
    expect(ladders).toHaveLength(1)
    expect(ladders[0].filter((arg) => arg.startsWith('file:'))).toHaveLength(1)
    expect(
      [...runs.values()]
        .filter((args) => !args.includes('hls'))
        .every((args) => args.includes('-ss')),
    ).toBe(true)
    expect(output).toMatchObject({
      master: 'master.m3u8',
      previews: ['preview-1.jpg', 'preview-2.jpg', 'preview-3.jpg', 'preview-4.jpg'],
      renditions: [
        { height: 360, playlist: '360p/index.m3u8', segments: 1, width: 640 },
        { height: 720, playlist: '720p/index.m3u8', segments: 1, width: 1280 },
        { height: 1080, playlist: '1080p/index.m3u8', segments: 1, width: 1920 },
      ],
      thumbnail: 'thumbnail.jpg',
    })
    for (const rendition of output.renditions) {
      const info = await ffprobe(path.join(outDir, rendition.playlist))
      expect(info.streams.map((s) => s.codec_name).sort()).toEqual(['aac', 'h264'])
      expect(info.streams.find((s) => s.codec_type === 'video')).toMatchObject({
        height: rendition.height,
        pix_fmt: 'yuv420p',
        profile: 'High',
        width: rendition.width,
      })
      expect(Number(info.format.duration)).toBeCloseTo(3, 0)
      expect(rendition.bandwidth).toBeGreaterThanOrEqual(rendition.averageBandwidth)
    }
    const bandwidths = output.renditions.map((r) => r.averageBandwidth)
    expect(bandwidths).toEqual([...bandwidths].sort((a, b) => a - b))

    const master = fs.readFileSync(path.join(outDir, 'master.m3u8'), 'utf8')
    expect(
      master.match(
        /^#EXT-X-STREAM-INF:.*RESOLUTION=\d+x\d+,CODECS="avc1\.6400[0-9a-f]{2},mp4a\.40\.2",FRAME-RATE=30\.000$/gm,
      ),
    ).toHaveLength(3)
    expect(master.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '360p/index.m3u8',
      '720p/index.m3u8',
      '1080p/index.m3u8',
    ])

    const thumbnail = await ffprobe(path.join(outDir, 'thumbnail.jpg'))
    expect(thumbnail.streams[0]).toMatchObject({ height: 720, width: 1280 })
    const previews = output.previews.map((p) => fs.readFileSync(path.join(outDir, p)))
    expect(new Set(previews.map((p) => createHash('md5').update(p).digest('hex'))).size).toBe(4)
    expect((await ffprobe(path.join(outDir, 'preview-1.jpg'))).streams[0]).toMatchObject({
      height: 360,
      width: 640,
    })

    expect(progress.length).toBeGreaterThanOrEqual(2)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(new Set(progress).size).toBe(progress.length)
    expect(progress[0]).toBeLessThan(100)
    expect(progress.at(-1)).toBe(100)
  })

  it('lets none of the source’s location, title or device tags reach a rendition', async () => {
    const values = Object.values(tags)
    // The clip really carries them: otherwise this test would prove nothing.
    expect(tagValues(await ffprobe(hd))).toEqual(expect.arrayContaining(values))
    const outDir = at('hd')
    for (const playlist of ['360p/index.m3u8', '720p/index.m3u8', '1080p/index.m3u8']) {
      const found = tagValues(await ffprobe(path.join(outDir, playlist)))
      for (const value of values) expect(found).not.toContain(value)
    }
    for (const file of filesUnder(outDir)) {
      const bytes = fs.readFileSync(file)
      for (const value of [tags.make, tags.model, tags.title, '48.8584'])
        expect(bytes.includes(value), `${value} in ${file}`).toBe(false)
    }
  })

  it('keeps an archive copy of the original without its tags and without re-encoding it', async () => {
    const stripped = at('master.mp4')
    await stripMetadata(hd, stripped)
    const info = await ffprobe(stripped)
    expect(info.streams.map((s) => s.codec_name).sort()).toEqual(['aac', 'h264'])
    for (const value of Object.values(tags)) expect(tagValues(info)).not.toContain(value)
    const bytes = fs.readFileSync(stripped)
    for (const value of [tags.make, tags.model, tags.title, 'Lavf'])
      expect(bytes.includes(value), value).toBe(false)
    expect(await videoPacketsHash(stripped)).toBe(await videoPacketsHash(hd))

    // A phone video stored sideways still plays upright from the archive copy.
    const rotated = await makeClip(at('rotated.mp4'), { rotation: 90, seconds: 0.5 })
    await stripMetadata(rotated, at('rotated-master.mp4'))
    expect(await probeVideo(at('rotated-master.mp4'))).toMatchObject({ height: 640, width: 360 })
  })

  it('rejects with ffmpeg’s own words when ffmpeg fails, and leaves nothing behind', async () => {
    const probe = await probeVideo(hd)
    const outDir = at('failed')
    const error = await transcodeToHls({ input: at('gone.mp4'), outDir, probe }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      /^ffmpeg failed \(exit code \d+\):\n.*gone\.mp4: No such file or directory/s,
    )
    expect(fs.readdirSync(outDir)).toEqual([])
  })

  it('stops at once when aborted, leaving no ffmpeg process and no partial output', async () => {
    const probe = await probeVideo(hd)
    const outDir = at('aborted')
    const controller = new AbortController()
    let abortedAt = 0
    const abort = () => {
      abortedAt ||= Date.now()
      controller.abort()
    }
    const result = transcodeToHls({
      input: hd,
      onProgress: abort,
      outDir,
      probe,
      signal: controller.signal,
    })

    await expect(result).rejects.toMatchObject({ name: 'AbortError' })
    expect(Date.now() - abortedAt).toBeLessThan(1_000)
    expect([...ffmpegPidsFor(hd).keys()]).toEqual([])
    expect(fs.readdirSync(outDir)).toEqual([])
  })

  it('transcodes a video without audio into 4-second segments that each start on a keyframe', async () => {
    const silent = await makeClip(at('silent.mp4'), { audio: false, seconds: 9 })
    const outDir = at('silent')
    const output = await transcodeToHls({ input: silent, outDir, probe: await probeVideo(silent) })

    expect(output.renditions).toMatchObject([
      { height: 360, playlist: '360p/index.m3u8', segments: 3, width: 640 },
    ])
    const playlist = fs.readFileSync(path.join(outDir, '360p/index.m3u8'), 'utf8')
    expect(playlist.match(/#EXTINF:([\d.]+)/g)).toEqual([
      '#EXTINF:4.000000',
      '#EXTINF:4.000000',
      '#EXTINF:1.000000',
    ])
    for (const segment of ['seg-000.ts', 'seg-001.ts', 'seg-002.ts']) {
      const { stdout } = await run(ffprobePath(), [
        '-v',
        'error',
        '-select_streams',
        'v',
        '-read_intervals',
        '%+#1',
        '-show_entries',
        'packet=flags',
        '-of',
        'csv=p=0',
        path.join(outDir, '360p', segment),
      ])
      expect(stdout.trim()).toMatch(/^K/)
    }
    expect(
      (await ffprobe(path.join(outDir, '360p/index.m3u8'))).streams.map((s) => s.codec_type),
    ).toEqual(['video'])
    expect(fs.readFileSync(path.join(outDir, 'master.m3u8'), 'utf8')).toContain(
      'CODECS="avc1.64001e",',
    )
  })

  it('works with the static ffmpeg shipped on npm, for a machine without ffmpeg', async () => {
    const bin = { ffmpegPath: bundledFfmpegPath(), ffprobePath: bundledFfprobePath() }
    const clip = await makeClip(at('small.mp4'), { height: 720, seconds: 2, width: 1280 })
    const outDir = at('npm')
    const output = await transcodeToHls({
      ...bin,
      input: clip,
      outDir,
      probe: await probeVideo(clip, bin),
    })

    expect(output.renditions.map((r) => r.height)).toEqual([360, 720])
    expect(output.previews).toHaveLength(4)
    for (const rendition of output.renditions) {
      // Checked with Debian's ffprobe: the npm one (a 2023 static build) segfaults on MPEG-TS.
      const info = await ffprobe(path.join(outDir, rendition.playlist))
      expect(info.streams.map((s) => s.codec_name).sort()).toEqual(['aac', 'h264'])
      expect(info.streams.find((s) => s.codec_type === 'video')).toMatchObject({
        height: rendition.height,
      })
    }
    await stripMetadata(clip, at('npm-master.mp4'), bin)
    expect((await ffprobe(at('npm-master.mp4'))).streams).toHaveLength(2)
  })
})
