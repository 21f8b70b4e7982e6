import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import readline from 'node:readline'

import { ffmpegPath } from './binaries'
import { type Rung, planLadder } from './ladder'
import { hlsCodecs, masterPlaylist } from './masterPlaylist'
import { type VideoProbe, uploadInput } from './probe'

/** One rendition as written; paths are relative to `outDir`. */
export type HlsRendition = {
  /** Mean bits per second over the whole rendition (AVERAGE-BANDWIDTH). */
  averageBandwidth: number
  /** Peak bits per second of a segment (BANDWIDTH). */
  bandwidth: number
  height: number
  /** `720p/index.m3u8` */
  playlist: string
  segments: number
  width: number
}

/** Everything `transcodeToHls` wrote, relative to `outDir`. */
export type HlsOutput = {
  master: string
  /** `preview-1.jpg` … in time order; fewer than four only for a clip with too few frames. */
  previews: string[]
  renditions: HlsRendition[]
  thumbnail: string
}

export type TranscodeOptions = {
  /** Default: {@link ffmpegPath}. */
  ffmpegPath?: string
  input: string
  /** Percent 0–100, at most every 500 ms, and 100 once everything is written. */
  onProgress?: (percent: number) => void
  outDir: string
  probe: VideoProbe
  /** Default: `planLadder(probe)`. */
  rungs?: Rung[]
  /** Aborting kills ffmpeg at once; the promise rejects with an AbortError once it is gone. */
  signal?: AbortSignal
}

const segmentSeconds = 4
const previewCount = 4
const master = 'master.m3u8'
const thumbnail = 'thumbnail.jpg'
const previewNames = Array.from({ length: previewCount }, (_, i) => `preview-${i + 1}.jpg`)

/**
 * The source as an HLS ladder (H.264 + AAC, 4-second segments starting on aligned keyframes) from ONE
 * ffmpeg process that decodes the source once, after a thumbnail and evenly spaced preview frames.
 * No metadata or chapters of the source reach any output. On failure or abort nothing it wrote is left.
 */
export async function transcodeToHls(options: TranscodeOptions): Promise<HlsOutput> {
  const { input, onProgress, outDir, probe, signal } = options
  const rungs = options.rungs ?? planLadder(probe)
  const withAudio = probe.audioCodec !== null
  await fs.mkdir(outDir, { recursive: true })
  // A retry starts clean: ffmpeg refuses to overwrite, and a stale rung folder would block the rename.
  await removeOutputs(outDir, rungs)
  const progress = progressReporter(probe.durationSeconds, onProgress)
  const ffmpeg = options.ffmpegPath ?? ffmpegPath()
  try {
    await runFfmpeg(ffmpeg, stillsArguments(input, probe), { cwd: outDir, signal })
    await runFfmpeg(ffmpeg, hlsArguments(input, probe, rungs), {
      cwd: outDir,
      onTime: progress.at,
      signal,
    })
    const renditions = await Promise.all(
      rungs.map((rung, index) => finishRendition(outDir, rung, index)),
    )
    await fs.writeFile(
      path.join(outDir, master),
      masterPlaylist(
        renditions.map((r, i) => ({
          ...r,
          codecs: hlsCodecs(rungs[i].level, withAudio),
          frameRate: rungs[i].frameRate,
          uri: r.playlist,
        })),
      ),
    )
    if (!(await exists(path.join(outDir, thumbnail))))
      throw new Error(`ffmpeg wrote no thumbnail for ${input}`)
    const previews: string[] = []
    for (const name of previewNames) if (await exists(path.join(outDir, name))) previews.push(name)
    progress.done()
    return { master, previews, renditions, thumbnail }
  } catch (error) {
    await removeOutputs(outDir, rungs)
    throw error
  }
}

/**
 * A copy of the upload without its metadata (GPS position, device, title, dates) or chapters, for
 * the archive. Streams are copied, not re-encoded, and only video and audio are kept: data tracks
 * can carry GPS telemetry (GoPro) and cover art its own EXIF. The display rotation survives (it is
 * stream side data, not metadata). `output`'s extension picks the container; the source's own is safe.
 */
export async function stripMetadata(
  input: string,
  output: string,
  options: { ffmpegPath?: string; signal?: AbortSignal } = {},
): Promise<void> {
  const args = [
    ...['-hide_banner', '-nostdin', '-v', 'error', '-y', ...uploadInput(input)],
    ...['-map', '0:V', '-map', '0:a?', '-c', 'copy', '-map_metadata', '-1', '-map_chapters', '-1'],
    // No encoder or creation-time tags from the muxer either.
    ...['-fflags', '+bitexact', `file:${path.resolve(output)}`],
  ]
  await runFfmpeg(options.ffmpegPath ?? ffmpegPath(), args, { signal: options.signal })
}

const clean = ['-map_metadata', '-1', '-map_chapters', '-1']

/**
 * The thumbnail and preview frames, each read by seeking the input to its time, so only a few
 * frames are decoded. As two more branches of the ladder's filter graph they took a fifth more
 * wall-clock time for the same CPU time (bench/transcode.ts, ffmpeg 5.1, 2 cores).
 */
function stillsArguments(input: string, probe: VideoProbe): string[] {
  const duration = probe.durationSeconds
  const gap = duration / previewCount
  const stills = [
    {
      at: duration >= 10 ? duration * 0.1 : Math.min(1, duration / 2),
      file: thumbnail,
      quality: '3',
      width: 1280,
    },
    ...previewNames.map((file, i) => ({ at: gap / 2 + i * gap, file, quality: '4', width: 640 })),
  ]
  return [
    ...['-hide_banner', '-nostdin', '-v', 'error', '-nostats', '-y'],
    ...stills.flatMap(({ at }) => ['-ss', at.toFixed(3), ...uploadInput(input)]),
    ...stills.flatMap(({ file, quality, width }, i) => [
      '-map',
      `${i}:V:0`,
      '-frames:v',
      '1',
      '-vf',
      `scale='min(${width},iw)':-2`,
      '-q:v',
      quality,
      ...clean,
      file,
    ]),
  ]
}

function hlsArguments(input: string, probe: VideoProbe, rungs: Rung[]): string[] {
  const withAudio = probe.audioCodec !== null
  const frameRate = rungs[0].frameRate
  const retime =
    frameRate > 0 && frameRate < probe.frameRate - 0.01 ? `fps=${frameRate.toFixed(3)},` : ''
  const graph = [
    `[0:V:0]${retime}split=${rungs.length}${rungs.map((_, i) => `[s${i}]`).join('')}`,
    ...rungs.map((r, i) => `[s${i}]scale=${r.width}:${r.height},setsar=1,format=yuv420p[v${i}]`),
  ].join(';')
  const args = [
    '-hide_banner',
    '-nostdin',
    '-v',
    'error',
    '-nostats',
    '-progress',
    'pipe:1',
    '-y',
    ...uploadInput(input),
    '-filter_complex',
    graph,
  ]
  rungs.forEach((_, i) => args.push('-map', `[v${i}]`, ...(withAudio ? ['-map', '0:a:0'] : [])))
  args.push('-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'high')
  args.push('-force_key_frames:v', `expr:gte(t,n_forced*${segmentSeconds})`)
  rungs.forEach((r, i) => {
    args.push(
      `-b:v:${i}`,
      String(r.videoBitrate),
      `-maxrate:v:${i}`,
      String(r.maxrate),
      `-bufsize:v:${i}`,
      String(r.bufsize),
    )
    args.push(`-level:v:${i}`, (r.level / 10).toFixed(1))
  })
  if (withAudio) {
    args.push('-c:a', 'aac', '-ac', '2')
    rungs.forEach((r, i) => args.push(`-b:a:${i}`, String(r.audioBitrate)))
  }
  // `name:` in the stream map and `-master_pl_name` break the npm ffmpeg: folders are renamed and the master written afterwards.
  const streamMap = rungs.map((_, i) => (withAudio ? `v:${i},a:${i}` : `v:${i}`)).join(' ')
  args.push(...clean, '-f', 'hls', '-hls_time', String(segmentSeconds), '-hls_playlist_type', 'vod')
  args.push(
    '-hls_flags',
    'independent_segments',
    '-hls_segment_filename',
    '%v/seg-%03d.ts',
    '-var_stream_map',
    streamMap,
    '%v/index.m3u8',
  )
  return args
}

async function finishRendition(outDir: string, rung: Rung, index: number): Promise<HlsRendition> {
  await fs.rename(path.join(outDir, String(index)), path.join(outDir, rung.name))
  const playlist = `${rung.name}/index.m3u8`
  const segments: { seconds: number; uri: string }[] = []
  let seconds: number | undefined
  for (const line of (await fs.readFile(path.join(outDir, playlist), 'utf8')).split('\n')) {
    if (line.startsWith('#EXTINF:')) seconds = Number.parseFloat(line.slice(8))
    else if (line && !line.startsWith('#') && seconds !== undefined)
      segments.push({ seconds, uri: line.trim() })
  }
  if (segments.length === 0) throw new Error(`ffmpeg wrote no segments for ${rung.name}`)
  const sized = await Promise.all(
    segments.map(async (s) => ({
      bits: (await fs.stat(path.join(outDir, rung.name, s.uri))).size * 8,
      seconds: s.seconds,
    })),
  )
  // A last segment of a few frames opens with a keyframe and would report a peak no segment really has.
  const full = sized.filter((s) => s.seconds >= segmentSeconds / 2)
  const bandwidth = Math.max(...(full.length ? full : sized).map((s) => s.bits / s.seconds))
  const averageBandwidth =
    sized.reduce((sum, s) => sum + s.bits, 0) / sized.reduce((sum, s) => sum + s.seconds, 0)
  return {
    averageBandwidth: Math.round(averageBandwidth),
    bandwidth: Math.round(bandwidth),
    height: rung.height,
    playlist,
    segments: segments.length,
    width: rung.width,
  }
}

function progressReporter(durationSeconds: number, onProgress?: (percent: number) => void) {
  let reported = 0
  let lastAt = 0
  return {
    at(seconds: number) {
      const percent = Math.min(100, Math.round((seconds / durationSeconds) * 1000) / 10)
      const now = Date.now()
      if (!onProgress || percent <= reported || now - lastAt < 500) return
      reported = percent
      lastAt = now
      onProgress(percent)
    },
    done() {
      if (onProgress && reported < 100) onProgress(100)
    },
  }
}

async function removeOutputs(outDir: string, rungs: Rung[]): Promise<void> {
  const names = [
    master,
    thumbnail,
    ...previewNames,
    ...rungs.flatMap((r, i) => [String(i), r.name]),
  ]
  await Promise.all(
    names.map((name) => fs.rm(path.join(outDir, name), { force: true, recursive: true })),
  )
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  )
}

const running = new Set<ChildProcess>()

// `exit` listeners must be synchronous: SIGKILL is sent, nothing awaited.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

type RunOptions = { cwd?: string; onTime?: (seconds: number) => void; signal?: AbortSignal }

/** Runs ffmpeg; rejects with its last 20 stderr lines, or with an AbortError once an aborted ffmpeg has exited. */
function runFfmpeg(
  bin: string,
  args: string[],
  { cwd, onTime, signal }: RunOptions,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd,
      killSignal: 'SIGKILL',
      signal,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    running.add(child)
    const stderr: string[] = []
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      stderr.push(line)
      if (stderr.length > 20) stderr.shift()
    })
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (!onTime || !line.startsWith('out_time_us=')) return
      const microseconds = Number(line.slice('out_time_us='.length))
      if (Number.isFinite(microseconds)) onTime(microseconds / 1e6)
    })
    let failure: Error | undefined
    child.once('error', (error) => {
      failure =
        error.name === 'AbortError'
          ? error
          : new Error(`Could not run ${bin}: ${error.message}`, { cause: error })
      // Never started: no `close` is coming.
      if (child.pid === undefined) {
        running.delete(child)
        reject(failure)
      }
    })
    child.once('close', (code, killedBy) => {
      running.delete(child)
      if (failure) reject(failure)
      else if (code === 0) resolve()
      else
        reject(
          new Error(
            `ffmpeg failed (${code === null ? killedBy : `exit code ${code}`}):\n${stderr.join('\n')}`,
          ),
        )
    })
  })
}
