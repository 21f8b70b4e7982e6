/**
 * `npx tsx bench/transcode.ts`: the pipeline's `transcodeToHls` against, in the same run on the same
 * clip (30 s of 1080p, generated once into .data/bench/):
 *   - baseline: one hand-written ffmpeg command producing the same ladder (split → 3 × scale → HLS)
 *   - naive: one ffmpeg run per rung, each decoding the source again
 * BENCH_ROUNDS=n runs every variant n times, interleaved, and keeps the best time of each.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { env } from '../src/env'
import { ffmpegPath } from '../plugins/video/media/binaries'
import { type Rung, planLadder } from '../plugins/video/media/ladder'
import { probeVideo } from '../plugins/video/media/probe'
import { transcodeToHls } from '../plugins/video/media/transcode'
import { makeClip } from '../tests/helpers/videoClips'

const run = promisify(execFile)

type Figures = { baseline: number; naive: number; pipeline: number }

export type TranscodeBench = {
  clip: string
  /**
   * ffmpeg's CPU seconds (user + system) in the best run of each variant: unlike wall-clock time it
   * barely moves when other work shares the machine. NaN off Linux.
   */
  cpuSeconds: Figures
  /** pipeline ÷ baseline (target ≤ 1.10) and naive ÷ baseline, by wall-clock time. */
  ratios: { naive: number; pipeline: number }
  rounds: number
  /** Best wall-clock seconds of each variant. */
  seconds: Figures
}

export type TranscodeBenchOptions = {
  /** Told each run's time as it finishes (a round takes a minute or more on 2 cores). */
  log?: (line: string) => void
  rounds?: number
}

export async function runTranscodeBench({
  log = () => {},
  rounds = Number(process.env.BENCH_ROUNDS || 1),
}: TranscodeBenchOptions = {}): Promise<TranscodeBench> {
  const clip = await benchClip()
  const probe = await probeVideo(clip)
  const rungs = planLadder(probe)
  const best: Figures = { baseline: Infinity, naive: Infinity, pipeline: Infinity }
  const cpu: Figures = { baseline: NaN, naive: NaN, pipeline: NaN }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-bench-transcode-'))
  try {
    const variants: Record<keyof Figures, (dir: string) => Promise<unknown>> = {
      baseline: (dir) => ffmpeg(baselineArguments(clip, rungs), dir),
      naive: async (dir) => {
        for (const rung of rungs) {
          fs.mkdirSync(path.join(dir, rung.name))
          await ffmpeg(naiveArguments(clip, rung), dir)
        }
      },
      pipeline: (dir) => transcodeToHls({ input: clip, outDir: dir, probe }),
    }
    for (let round = 1; round <= rounds; round++) {
      for (const name of Object.keys(variants) as (keyof typeof variants)[]) {
        const { cpuSeconds, seconds } = await timed(work, variants[name])
        if (seconds < best[name]) [best[name], cpu[name]] = [seconds, cpuSeconds]
        log(
          `round ${round}/${rounds}: ${name} ${seconds.toFixed(1)} s (ffmpeg CPU ${cpuSeconds.toFixed(1)} s)`,
        )
      }
    }
  } finally {
    fs.rmSync(work, { force: true, recursive: true })
  }
  return {
    clip,
    cpuSeconds: cpu,
    ratios: { naive: best.naive / best.baseline, pipeline: best.pipeline / best.baseline },
    rounds,
    seconds: best,
  }
}

async function benchClip(): Promise<string> {
  const dir = path.join(env.dataDir, 'bench')
  const clip = path.join(dir, 'clip-1080p-30s.mp4')
  if (fs.existsSync(clip)) return clip
  fs.mkdirSync(dir, { recursive: true })
  // Renamed into place, so an interrupted run never leaves half a clip to be reused.
  await makeClip(`${clip}.partial`, { container: 'mp4', height: 1080, seconds: 30, width: 1920 })
  fs.renameSync(`${clip}.partial`, clip)
  return clip
}

async function timed(
  work: string,
  task: (dir: string) => Promise<unknown>,
): Promise<{ cpuSeconds: number; seconds: number }> {
  const dir = fs.mkdtempSync(path.join(work, 'run-'))
  const cpuBefore = childCpuSeconds()
  const started = process.hrtime.bigint()
  await task(dir)
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const cpuSeconds = childCpuSeconds() - cpuBefore
  fs.rmSync(dir, { force: true, recursive: true })
  return { cpuSeconds, seconds }
}

/** CPU time of this process's finished children: `cutime` + `cstime` of /proc/self/stat, in ticks of 1/100 s. */
function childCpuSeconds(): number {
  try {
    // Fields after the parenthesised command name; cutime and cstime are the 16th and 17th of the line.
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return NaN
  }
}

async function ffmpeg(args: string[], cwd: string): Promise<void> {
  await run(ffmpegPath(), ['-hide_banner', '-nostdin', '-v', 'error', '-y', ...args], { cwd })
}

/** The same encoder settings as the pipeline, written the way one would by hand. */
function encoderArguments(rungs: Rung[]): string[] {
  return [
    ...[
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-profile:v',
      'high',
      '-pix_fmt',
      'yuv420p',
      '-force_key_frames:v',
      'expr:gte(t,n_forced*4)',
    ],
    ...rungs.flatMap((r, i) => [
      `-b:v:${i}`,
      `${r.videoBitrate}`,
      `-maxrate:v:${i}`,
      `${r.maxrate}`,
      `-bufsize:v:${i}`,
      `${r.bufsize}`,
      `-level:v:${i}`,
      (r.level / 10).toFixed(1),
    ]),
    ...['-c:a', 'aac', '-ac', '2', ...rungs.flatMap((r, i) => [`-b:a:${i}`, `${r.audioBitrate}`])],
    ...[
      '-f',
      'hls',
      '-hls_time',
      '4',
      '-hls_playlist_type',
      'vod',
      '-hls_flags',
      'independent_segments',
    ],
  ]
}

function baselineArguments(clip: string, rungs: Rung[]): string[] {
  const graph = [
    `[0:v]split=${rungs.length}${rungs.map((_, i) => `[s${i}]`).join('')}`,
    ...rungs.map((r, i) => `[s${i}]scale=${r.width}:${r.height}[v${i}]`),
  ]
  return [
    ...['-i', clip, '-filter_complex', graph.join(';')],
    ...rungs.flatMap((_, i) => ['-map', `[v${i}]`, '-map', '0:a']),
    ...encoderArguments(rungs),
    ...[
      '-hls_segment_filename',
      '%v/seg-%03d.ts',
      '-var_stream_map',
      rungs.map((_, i) => `v:${i},a:${i}`).join(' '),
      '%v/index.m3u8',
    ],
  ]
}

function naiveArguments(clip: string, rung: Rung): string[] {
  return [
    ...['-i', clip, '-vf', `scale=${rung.width}:${rung.height}`],
    ...encoderArguments([rung]),
    ...['-hls_segment_filename', `${rung.name}/seg-%03d.ts`, `${rung.name}/index.m3u8`],
  ]
}

function print(result: TranscodeBench): void {
  const { cpuSeconds: cpu, seconds } = result
  const row = (label: string, name: keyof Figures) =>
    [
      label.padEnd(36),
      seconds[name].toFixed(1).padStart(8),
      `${(seconds[name] / seconds.baseline).toFixed(2)}×`.padStart(12),
      cpu[name].toFixed(1).padStart(8),
      `${(cpu[name] / cpu.baseline).toFixed(2)}×`.padStart(12),
    ].join('')
  console.log(
    `Transcode ${path.relative(process.cwd(), result.clip)} → HLS 360p/720p/1080p, best of ${result.rounds}`,
  )
  console.log(
    `${''.padEnd(36)}${'seconds'.padStart(8)}${'÷ baseline'.padStart(12)}${'CPU s'.padStart(8)}${'÷ baseline'.padStart(12)}`,
  )
  console.log(row('pipeline: transcodeToHls', 'pipeline'))
  console.log(row('baseline: one hand-written ffmpeg', 'baseline'))
  console.log(row('naive: one ffmpeg per rung', 'naive'))
  console.log(
    `pipeline ÷ baseline target ≤ 1.10×: ${result.ratios.pipeline <= 1.1 ? 'met' : 'MISSED'}`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  print(await runTranscodeBench({ log: (line) => console.error(line) }))
}
