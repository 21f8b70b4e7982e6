import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { processVideo } from '../../../media-workers/handlers/videoProcess'
import type { User, Video } from '../../../payload-types'
import { makeClip, type ClipOptions } from '../../../tests/helpers/videoClips'

export type VideoFixture = {
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
  (smallClip ??= fs.mkdtemp(path.join(os.tmpdir(), 'prism-watching-')).then(async (dir) => fs.readFile(await makeClip(path.join(dir, 'tiny.mp4'), { height: 90, seconds: 1, width: 160 }))))

/**
 * A video uploaded through the Local API as `uploader` (hooks, probe, storage folder and the
 * processing job as in production), then put in `status` the way the pipeline and the
 * moderators would, with overrideAccess.
 */
export async function createVideo(payload: Payload, fixture: VideoFixture, clip?: Buffer): Promise<Video> {
  const data = await (clip ?? tinyClip())
  const { password, site, status = 'approved', tags, title, uploader, visibility } = fixture
  const video = await payload.create({
    collection: 'videos',
    data: { password, requirePassword: Boolean(password), site, tags, title, visibility },
    file: { data, mimetype: 'video/mp4', name: 'clip.mp4', size: data.length },
    user: uploader,
  })
  return payload.update({ collection: 'videos', context: { disableRevalidate: true }, data: { status }, id: video.id, overrideAccess: true })
}

/**
 * A video with real HLS renditions in storage: a 1080p test picture uploaded, then run through
 * the worker's own pipeline (thumbnail, previews, 360/720/1080p ladder), then approved. Set
 * NSFW_MODEL=off first: the pre-check is not what these tests are about, and its model is slow to load.
 */
export async function createPlayableVideo(payload: Payload, fixture: Omit<VideoFixture, 'status'>, clip: Partial<ClipOptions> = {}): Promise<Video> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'prism-playable-'))
  try {
    const file = await makeClip(path.join(dir, 'source.mp4'), { height: 1080, seconds: 4, width: 1920, ...clip })
    const video = await createVideo(payload, { ...fixture, status: 'uploaded' }, await fs.readFile(file))
    await processVideo({ folder: video.storage!.folder!, videoId: video.id }, { payload, signal: new AbortController().signal })
    return payload.update({ collection: 'videos', context: { disableRevalidate: true }, data: { status: 'approved' }, id: video.id, overrideAccess: true })
  } finally {
    await fs.rm(dir, { force: true, recursive: true })
  }
}
