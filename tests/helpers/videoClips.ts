import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import { promisify } from 'node:util'

import { ffmpegPath } from '../../plugins/video/media/binaries'

const run = promisify(execFile)

export type ClipOptions = {
  /** A sine tone; default true. */
  audio?: boolean
  /** ffmpeg video encoder: `libx264` (default), `libvpx`, `libvpx-vp9`, `ffv1`, `png`… */
  codec?: string
  /** Muxer: `mp4` (default), `mov`, `matroska`, `webm`, `mpegts`. Independent of the file's extension. */
  container?: string
  /** MP4/MOV index at the front, as web exports have it (ffmpeg writes it at the end by default). */
  faststart?: boolean
  frameRate?: number
  /** Default 360. */
  height?: number
  /** Tags a phone writes; in MP4/MOV stored as `mdta` keys so make and model survive. */
  metadata?: { location?: string; make?: string; model?: string; title?: string }
  /** Display rotation in degrees (a `rotate` tag; honoured by ffmpeg 5.x). */
  rotation?: number
  seconds: number
  /** Written through a pipe, like a browser's MediaRecorder: no stated duration, no index. */
  streamed?: boolean
  /** Default true; false gives an audio-only file. */
  video?: boolean
  /** Default 640. */
  width?: number
}

/** A test clip from ffmpeg's `testsrc2` picture and a `sine` tone, encoded as fast as the encoder allows. */
export async function makeClip(file: string, options: ClipOptions): Promise<string> {
  const {
    audio = true,
    codec = 'libx264',
    container = 'mp4',
    frameRate = 30,
    height = 360,
    seconds,
    video = true,
    width = 640,
  } = options
  const inputs: string[] = []
  const encode: string[] = []
  if (video) {
    inputs.push(
      '-f',
      'lavfi',
      '-i',
      `testsrc2=size=${width}x${height}:rate=${frameRate}:duration=${seconds}`,
    )
    encode.push('-c:v', codec, ...encoderSpeed(codec))
  }
  if (audio) {
    inputs.push('-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${seconds}`)
    encode.push('-c:a', container === 'webm' ? 'libopus' : 'aac')
  }
  const isoBmff = container === 'mp4' || container === 'mov'
  const movflags = [
    ...(options.faststart ? ['+faststart'] : []),
    ...(isoBmff && options.metadata ? ['+use_metadata_tags'] : []),
  ]
  if (movflags.length) encode.push('-movflags', movflags.join(''))
  for (const [key, value] of Object.entries(options.metadata ?? {}))
    encode.push('-metadata', `${key}=${value}`)

  const args = [
    '-hide_banner',
    '-nostdin',
    '-v',
    'error',
    '-y',
    ...inputs,
    ...encode,
    '-f',
    container,
  ]
  if (options.streamed) {
    const { stdout } = await run(ffmpegPath(), [...args, 'pipe:1'], {
      encoding: 'buffer',
      maxBuffer: 256 << 20,
    })
    await fs.writeFile(file, stdout)
  } else {
    await run(ffmpegPath(), [...args, file])
  }
  // ffmpeg 5 applies a `rotate` tag only when copying a stream, not when encoding it.
  if (options.rotation) {
    const encoded = `${file}.unrotated`
    await fs.rename(file, encoded)
    await run(ffmpegPath(), [
      '-v',
      'error',
      '-nostdin',
      '-i',
      encoded,
      '-map',
      '0',
      '-c',
      'copy',
      '-metadata:s:v:0',
      `rotate=${options.rotation}`,
      '-f',
      container,
      file,
    ])
    await fs.rm(encoded)
  }
  return file
}

function encoderSpeed(codec: string): string[] {
  if (codec === 'libx264') return ['-preset', 'ultrafast', '-pix_fmt', 'yuv420p']
  if (codec === 'libvpx' || codec === 'libvpx-vp9')
    return ['-deadline', 'good', '-cpu-used', '5', '-b:v', '1M', '-pix_fmt', 'yuv420p']
  return []
}

/** The first `bytes` of `source`, as an interrupted upload or copy leaves it. */
export async function truncatedCopy(source: string, file: string, bytes: number): Promise<string> {
  const data = await fs.readFile(source)
  await fs.writeFile(file, data.subarray(0, bytes))
  return file
}

/** An MP4/MOV whose first video frame is overwritten with noise: it probes, but cannot be decoded. */
export async function corruptCopy(source: string, file: string): Promise<string> {
  const data = Buffer.from(await fs.readFile(source))
  const mdat = data.indexOf('mdat')
  if (mdat < 0) throw new Error(`${source} has no mdat box: corruptCopy handles MP4/MOV only`)
  for (let i = mdat + 4; i < Math.min(data.length, mdat + 4096); i++) data[i] = (i * 7919) & 0xff
  await fs.writeFile(file, data)
  return file
}
