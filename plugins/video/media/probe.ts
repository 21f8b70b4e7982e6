import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { fileTypeFromFile } from 'file-type'

import { ffmpegPath, ffprobePath } from './binaries'

const run = promisify(execFile)

/** What Prism needs to know about an uploaded video, read from its bytes (never its name). */
export type VideoProbe = {
  audioCodec: string | null
  /** Bits per second of the whole file. */
  bitRate: number
  /** ffprobe's `format_name`, e.g. `mov,mp4,m4a,3gp,3g2,mj2` or `matroska,webm`. */
  container: string
  durationSeconds: number
  frameRate: number
  /** Display size: after the sample aspect ratio and the rotation are applied. */
  height: number
  /** Degrees (0, 90, 180, 270) the player turns the stored picture counterclockwise. */
  rotation: number
  sizeBytes: number
  videoCodec: string
  width: number
}

export type VideoRejectionCode =
  'corrupt' | 'empty' | 'no_video_stream' | 'not_video' | 'unsupported_codec'

/** An upload Prism refuses: `reason` is written for the uploader, `code` for programs. */
export class VideoRejectedError extends Error {
  readonly code: VideoRejectionCode
  readonly reason: string

  constructor(code: VideoRejectionCode, reason: string, options?: ErrorOptions) {
    super(reason, options)
    this.name = 'VideoRejectedError'
    this.code = code
    this.reason = reason
  }
}

/**
 * What phones, cameras, screen recorders, browsers and editors export. Everything else (ffv1,
 * raw, image codecs, wmv…) is rare in uploads and mostly an archival or exotic format.
 */
export const acceptedVideoCodecs: readonly string[] = [
  'av1',
  'h264',
  'hevc',
  'mpeg2video',
  'mpeg4',
  'prores',
  'theora',
  'vp8',
  'vp9',
]

/**
 * The only demuxers ffmpeg may open an upload with. Left to itself it also reads playlists (hls,
 * concat) and image sequences, which fetch further files or URLs named inside the upload.
 */
export const acceptedContainers = 'avi,flv,matroska,mov,mpeg,mpegts,mxf,ogg'

/** Input options for every ffmpeg/ffprobe run on an upload; the `file:` prefix keeps a name like `concat:…` a file. */
export function uploadInput(filePath: string): string[] {
  return [
    '-protocol_whitelist',
    'file',
    '-format_whitelist',
    acceptedContainers,
    '-i',
    `file:${path.resolve(filePath)}`,
  ]
}

export type ProbeOptions = {
  ffmpegPath?: string
  ffprobePath?: string
  /** Limit for each ffprobe/ffmpeg run; default 30 s. */
  timeoutMs?: number
}

type Tools = { ffmpeg: string; ffprobe: string; timeout: number }

type FfprobeStream = {
  avg_frame_rate?: string
  codec_name?: string
  codec_type?: string
  disposition?: { attached_pic?: number }
  duration?: string
  height?: number
  r_frame_rate?: string
  sample_aspect_ratio?: string
  side_data_list?: { rotation?: number }[]
  tags?: { rotate?: string }
  width?: number
}

type FfprobeOutput = {
  format?: { bit_rate?: string; duration?: string; format_name?: string; start_time?: string }
  streams?: FfprobeStream[]
}

/**
 * Reads an upload and refuses what Prism cannot publish, with a {@link VideoRejectedError}:
 * empty, not a video container, no video track, a codec outside {@link acceptedVideoCodecs}, or
 * damaged (unreadable header, undecodable first frame, or ending before its stated length).
 */
export async function probeVideo(
  filePath: string,
  options: ProbeOptions = {},
): Promise<VideoProbe> {
  const tools: Tools = {
    ffmpeg: options.ffmpegPath ?? ffmpegPath(),
    ffprobe: options.ffprobePath ?? ffprobePath(),
    timeout: options.timeoutMs ?? 30_000,
  }
  const { size } = await fs.stat(filePath)
  if (size === 0) throw new VideoRejectedError('empty', 'The file is empty.')

  const { format = {}, streams = [] } = await readInfo(filePath, tools)
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic)
  if (!video) {
    if (streams.length === 0) throw notVideo()
    throw new VideoRejectedError(
      'no_video_stream',
      'The file has no video track (only audio or data).',
    )
  }
  const videoCodec = video.codec_name ?? 'unknown'
  if (!acceptedVideoCodecs.includes(videoCodec)) {
    throw new VideoRejectedError(
      'unsupported_codec',
      `The video is encoded as ${videoCodec}, which Prism does not accept. Export it as H.264, HEVC, VP9 or AV1 and upload it again.`,
    )
  }
  if (!video.width || !video.height) throw damaged()

  const start = Number(format.start_time) || 0
  const stated = positive(format.duration) ?? positive(video.duration)
  const [, end] = await Promise.all([
    decodeFirstFrame(filePath, tools),
    lastPacketEnd(filePath, tools, stated, start),
  ])
  // Without a stated length (a recording streamed to disk) the last packet is the length.
  const durationSeconds = stated ?? (end === undefined ? undefined : end - start)
  if (!durationSeconds || durationSeconds <= 0) throw damaged()
  if (stated !== undefined && (end === undefined || end < start + stated - 0.5)) {
    throw new VideoRejectedError(
      'corrupt',
      'The file is incomplete: it ends before its stated length. Upload it again.',
    )
  }

  const rotation = rotationOf(video)
  const sar = ratio(video.sample_aspect_ratio)
  const storedWidth = sar && sar !== 1 ? Math.round(video.width * sar) : video.width
  const turned = rotation === 90 || rotation === 270
  return {
    audioCodec: streams.find((s) => s.codec_type === 'audio')?.codec_name ?? null,
    bitRate: positive(format.bit_rate) ?? Math.round((size * 8) / durationSeconds),
    container: format.format_name ?? 'unknown',
    durationSeconds,
    frameRate: ratio(video.avg_frame_rate) ?? ratio(video.r_frame_rate) ?? 0,
    height: turned ? storedWidth : video.height,
    rotation,
    sizeBytes: size,
    videoCodec,
    width: turned ? video.height : storedWidth,
  }
}

async function readInfo(filePath: string, tools: Tools): Promise<FfprobeOutput> {
  try {
    const args = [
      '-v',
      'error',
      '-print_format',
      'json',
      '-show_format',
      '-show_streams',
      ...uploadInput(filePath),
    ]
    const { stdout } = await run(tools.ffprobe, args, {
      killSignal: 'SIGKILL',
      maxBuffer: 16 << 20,
      timeout: tools.timeout,
    })
    return JSON.parse(stdout) as FfprobeOutput
  } catch (error) {
    if (!isExitFailure(error)) throw error
    // ffprobe says the same for text and for an mp4 cut before its index; the leading bytes tell them apart.
    const type = await fileTypeFromFile(filePath)
    throw type?.mime.startsWith('video/') ? damaged(error) : notVideo(error)
  }
}

async function decodeFirstFrame(filePath: string, tools: Tools): Promise<void> {
  const args = [
    '-v',
    'error',
    '-nostdin',
    '-xerror',
    ...uploadInput(filePath),
    '-map',
    '0:V:0',
    '-frames:v',
    '1',
    '-f',
    'framecrc',
    '-',
  ]
  let frames: string
  try {
    frames = (await run(tools.ffmpeg, args, { killSignal: 'SIGKILL', timeout: tools.timeout }))
      .stdout
  } catch (error) {
    if (!isExitFailure(error)) throw error
    throw damaged(error)
  }
  if (!frames.split('\n').some((line) => line && !line.startsWith('#'))) throw damaged()
}

/**
 * When the last packet ends, in seconds of the file's timeline. With a stated length only the final
 * seconds are read (a file cut after a front-loaded index still probes and decodes its first frame);
 * without one, every packet is.
 */
async function lastPacketEnd(
  filePath: string,
  tools: Tools,
  stated: number | undefined,
  start: number,
): Promise<number | undefined> {
  // Absolute bounds: ffprobe 6 reads nothing for an open end (`T%`), and an offset end (`T%+2`)
  // counts from the keyframe the seek lands on, which can be the first one.
  const interval =
    stated === undefined
      ? []
      : [
          '-read_intervals',
          `${(start + Math.max(0, stated - 1)).toFixed(3)}%${(start + stated + 60).toFixed(3)}`,
        ]
  const args = [
    '-v',
    'error',
    ...interval,
    '-show_entries',
    'packet=pts_time,duration_time',
    '-of',
    'csv=p=0',
    ...uploadInput(filePath),
  ]
  let packets: string
  try {
    packets = (
      await run(tools.ffprobe, args, {
        killSignal: 'SIGKILL',
        maxBuffer: 256 << 20,
        timeout: tools.timeout,
      })
    ).stdout
  } catch (error) {
    if (!isExitFailure(error)) throw error
    // A read error is where the file ends.
    packets = String((error as { stdout?: unknown }).stdout ?? '')
  }
  let end: number | undefined
  for (const line of packets.split('\n')) {
    const [pts, duration] = line.split(',').map(Number)
    if (Number.isFinite(pts))
      end = Math.max(end ?? -Infinity, pts + (Number.isFinite(duration) ? duration : 0))
  }
  return end
}

function rotationOf(stream: FfprobeStream): number {
  const matrix = stream.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation
  // Old ffprobes report the `rotate` tag, which counts clockwise.
  const degrees = matrix ?? -Number(stream.tags?.rotate ?? 0)
  return (((Math.round(degrees / 90) * 90) % 360) + 360) % 360
}

function ratio(value: string | undefined): number | undefined {
  const [num, den = 1] = (value ?? '').split(/[/:]/).map(Number)
  const result = num / den
  return Number.isFinite(result) && result > 0 ? result : undefined
}

function positive(value: string | undefined): number | undefined {
  const number = Number(value)
  return value !== undefined && Number.isFinite(number) && number > 0 ? number : undefined
}

/** ffmpeg ran and failed (as opposed to not starting, or being killed by the timeout). */
function isExitFailure(error: unknown): boolean {
  return typeof (error as { code?: unknown }).code === 'number'
}

function notVideo(cause?: unknown): VideoRejectedError {
  return new VideoRejectedError('not_video', 'The file is not a video Prism can read.', { cause })
}

function damaged(cause?: unknown): VideoRejectedError {
  return new VideoRejectedError('corrupt', 'The file is damaged and cannot be played.', { cause })
}
