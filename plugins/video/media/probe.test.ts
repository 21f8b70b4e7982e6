import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { corruptCopy, makeClip, truncatedCopy } from '@/tests/helpers/videoClips'
import { ffprobePath } from './binaries'
import { probeVideo, VideoRejectedError, type VideoRejectionCode } from './probe'

const run = promisify(execFile)

let dir: string
let clip: string
const at = (name: string) => path.join(dir, name)

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-probe-'))
  clip = await makeClip(at('clip.mp4'), { height: 360, seconds: 2, width: 640 })
})

afterAll(() => fs.rmSync(dir, { force: true, recursive: true }))

async function rejection(file: string): Promise<VideoRejectedError> {
  const error = await probeVideo(file).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(VideoRejectedError)
  return error as VideoRejectedError
}

async function expectRejected(file: string, code: VideoRejectionCode): Promise<void> {
  const error = await rejection(file)
  expect(error.code).toBe(code)
  expect(error.reason).toMatch(/^The (file|video) /)
}

describe('probeVideo', () => {
  it('reads a 2 s 640×360 clip with audio from its bytes', async () => {
    const probe = await probeVideo(clip)
    expect(probe).toMatchObject({
      audioCodec: 'aac',
      container: 'mov,mp4,m4a,3gp,3g2,mj2',
      frameRate: 30,
      height: 360,
      rotation: 0,
      sizeBytes: fs.statSync(clip).size,
      videoCodec: 'h264',
      width: 640,
    })
    expect(probe.durationSeconds).toBeCloseTo(2, 1)
    expect(probe.bitRate).toBeGreaterThan(0)
  })

  it('goes by the bytes, not the name: a Matroska file called .mp4 is Matroska', async () => {
    const disguised = await makeClip(at('matroska-named.mp4'), {
      audio: false,
      container: 'matroska',
      height: 120,
      seconds: 0.5,
      width: 160,
    })
    expect(await probeVideo(disguised)).toMatchObject({
      audioCodec: null,
      container: 'matroska,webm',
      videoCodec: 'h264',
    })
  })

  it('reports the display size of a portrait phone video stored sideways', async () => {
    const rotated = await makeClip(at('rotated.mp4'), {
      height: 360,
      rotation: 90,
      seconds: 1,
      width: 640,
    })
    const probe = await probeVideo(rotated)
    expect([probe.width, probe.height]).toEqual([360, 640])
    expect([90, 270]).toContain(probe.rotation)
  })

  it('measures a recording streamed to disk that states no duration, as browsers write them', async () => {
    const recording = await makeClip(at('recording.mkv'), {
      container: 'matroska',
      height: 120,
      seconds: 2,
      streamed: true,
      width: 160,
    })
    const stated = await run(ffprobePath(), [
      '-v',
      'error',
      '-show_entries',
      'format=duration',
      '-of',
      'csv=p=0',
      recording,
    ])
    expect(stated.stdout.trim()).toBe('N/A')
    expect((await probeVideo(recording)).durationSeconds).toBeCloseTo(2, 0)
  })

  it('rejects a zero-byte file as empty', async () => {
    fs.writeFileSync(at('empty.mp4'), '')
    await expectRejected(at('empty.mp4'), 'empty')
  })

  it('rejects text, an image and a playlist named .mp4 as not a video', async () => {
    fs.writeFileSync(at('notes.mp4'), 'Meeting notes: this is text, not a video.\n')
    // A 1×1 PNG.
    fs.writeFileSync(
      at('image.mp4'),
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    )
    // ffmpeg would follow this playlist to a local file if it were allowed to open playlists.
    fs.writeFileSync(
      at('playlist.mp4'),
      '#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n',
    )
    for (const name of ['notes.mp4', 'image.mp4', 'playlist.mp4'])
      await expectRejected(at(name), 'not_video')
  })

  it('rejects a file with only audio', async () => {
    await expectRejected(
      await makeClip(at('voice.mp4'), { seconds: 1, video: false }),
      'no_video_stream',
    )
  })

  it('rejects video codecs outside the accepted list, naming the codec', async () => {
    for (const codec of ['ffv1', 'png']) {
      const file = await makeClip(at(`${codec}.mkv`), {
        audio: false,
        codec,
        container: 'matroska',
        height: 120,
        seconds: 0.2,
        width: 160,
      })
      const error = await rejection(file)
      expect(error.code).toBe('unsupported_codec')
      expect(error.reason).toContain(codec)
    }
  })

  it('rejects a truncated file as corrupt, whether its index was at the end or the front', async () => {
    const size = fs.statSync(clip).size
    await expectRejected(await truncatedCopy(clip, at('cut.mp4'), Math.floor(size / 2)), 'corrupt')
    const faststart = await makeClip(at('faststart.mp4'), {
      faststart: true,
      height: 360,
      seconds: 2,
      width: 640,
    })
    await expectRejected(
      await truncatedCopy(faststart, at('cut-faststart.mp4'), Math.floor(size / 2)),
      'corrupt',
    )
    const mkv = await makeClip(at('clip.mkv'), {
      container: 'matroska',
      height: 360,
      seconds: 2,
      width: 640,
    })
    await expectRejected(
      await truncatedCopy(mkv, at('cut.mkv'), Math.floor(fs.statSync(mkv).size / 2)),
      'corrupt',
    )
  })

  it('rejects a file whose first frame cannot be decoded as corrupt', async () => {
    await expectRejected(await corruptCopy(clip, at('noise.mp4')), 'corrupt')
  })
})
