import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import type { User, Video } from '../../payload-types'
import { probeVideo } from './media/probe'
import { transcodeToHls } from './media/transcode'
import { tierKey } from './storageKeys'
import { getStorage } from '../../src/storage'
import { makeClip, type ClipOptions } from '../../tests/helpers/videoClips'

export type VideoFixture = {
  description?: string
  password?: string
  site: number
  status?: Video['status']
  tags?: string[]
  title: string
  uploader: User
  visibility: Video['visibility']
}

let smallClip: Promise<Buffer> | undefined

/** One tiny clip for every video whose file nobody plays (the endpoint tests). */
const tinyClip = () =>
  (smallClip ??= fs
    .mkdtemp(path.join(os.tmpdir(), 'prism-watching-'))
    .then(async (dir) =>
      fs.readFile(
        await makeClip(path.join(dir, 'tiny.mp4'), { height: 90, seconds: 1, width: 160 }),
      ),
    ))

/**
 * A video uploaded through the Local API as `uploader` (hooks, probe, storage folder and the
 * processing job as in production), then put in `status` the way the pipeline and the
 * moderators would, with overrideAccess.
 */
export async function createVideo(
  payload: Payload,
  fixture: VideoFixture,
  clip?: Buffer,
): Promise<Video> {
  const data = await (clip ?? tinyClip())
  const {
    description,
    password,
    site,
    status = 'approved',
    tags,
    title,
    uploader,
    visibility,
  } = fixture
  const video = await payload.create({
    collection: 'videos',
    // `status` is the type's; the upload hook sets it to `uploaded` whatever is sent.
    data: {
      description,
      password,
      requirePassword: Boolean(password),
      site,
      status: 'uploaded',
      tags,
      title,
      visibility,
    },
    file: { name: 'clip.mp4', data, mimetype: 'video/mp4', size: data.length },
    user: uploader,
  })
  return payload.update({
    id: video.id,
    collection: 'videos',
    context: { disableRevalidate: true },
    data: { status },
    overrideAccess: true,
  })
}

/**
 * A video with real HLS renditions in storage, laid out as the `video.process` worker leaves them
 * (`staging/videos/<folder>/hls/master.m3u8`, `hls/720p/index.m3u8`, thumbnail, previews): a 1080p
 * test picture by default, so the ladder has 360p, 720p and 1080p. Approved.
 */
export async function createPlayableVideo(
  payload: Payload,
  fixture: Omit<VideoFixture, 'status'>,
  clip: Partial<ClipOptions> = {},
): Promise<Video> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'prism-playable-'))
  try {
    const source = await makeClip(path.join(dir, 'source.mp4'), {
      height: 1080,
      seconds: 4,
      width: 1920,
      ...clip,
    })
    const video = await createVideo(
      payload,
      { ...fixture, status: 'uploaded' },
      await fs.readFile(source),
    )
    const out = path.join(dir, 'hls')
    const hls = await transcodeToHls({
      input: source,
      outDir: out,
      probe: await probeVideo(source),
    })
    const folder = video.storage!.folder!
    for (const file of await fs.readdir(out, { recursive: true })) {
      const full = path.join(out, file)
      if ((await fs.stat(full)).isFile())
        await getStorage().putFile(
          tierKey('staging', 'videos', folder, 'hls', ...file.split(path.sep)),
          full,
        )
    }
    return payload.update({
      id: video.id,
      collection: 'videos',
      context: { disableRevalidate: true },
      data: {
        previews: hls.previews.map((file) => ({ file: `hls/${file}` })),
        renditions: hls.renditions.map(({ bandwidth, height, playlist, width }) => ({
          bandwidth,
          height,
          playlist: `hls/${playlist}`,
          width,
        })),
        status: 'approved',
        thumbnail: `hls/${hls.thumbnail}`,
      },
      overrideAccess: true,
    })
  } finally {
    await fs.rm(dir, { force: true, recursive: true })
  }
}
