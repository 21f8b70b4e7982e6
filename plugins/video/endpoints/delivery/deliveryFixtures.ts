import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import type { User, Video } from '@/payload-types'
import { getStorage } from '@/src/storage'
import type { TestPayload } from '@/tests/helpers/testPayload'
import { makeClip } from '@/tests/helpers/videoClips'
import { tierKey, type VideoTier } from '../../storageKeys'

/** The files `video.process` would have written, small: one 240p rendition of one segment. */
export type StagedFiles = { segment: string; thumbnail: Buffer }

export const masterPlaylist =
  '#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-STREAM-INF:BANDWIDTH=500000,RESOLUTION=320x240\n240p/index.m3u8\n'
export const renditionPlaylist =
  '#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:1.000,\nseg-000.ts\n#EXT-X-ENDLIST\n'

/** Every HLS path `stageRenditions` writes, relative to the video's folder. */
export const hlsFiles = [
  'hls/240p/index.m3u8',
  'hls/240p/seg-000.ts',
  'hls/master.m3u8',
  'hls/preview-1.jpg',
  'hls/thumbnail.jpg',
]

const tempDirs: string[] = []
export const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-delivery-'))
  tempDirs.push(dir)
  return dir
}
export const removeTempDirs = (): void =>
  tempDirs.splice(0).forEach((dir) => fs.rmSync(dir, { force: true, recursive: true }))

/** A one-second 320×240 MP4, as an uploader would send. */
export const makeSmallClip = (): Promise<string> =>
  makeClip(path.join(tempDir(), 'clip.mp4'), { audio: false, height: 240, seconds: 1, width: 320 })

type VideoOptions = {
  clip: string
  password?: string
  site: number
  status: Video['status']
  uploader: User
  visibility: Video['visibility']
}

/**
 * A video uploaded through the Local API (so its original is really in staging and a processing job
 * is queued), then given what processing leaves, without running the pipeline: HLS files in
 * staging and the fields that point to them. The segment is printable, so a text body can be compared.
 */
export async function createProcessedVideo(
  t: TestPayload,
  options: VideoOptions,
): Promise<{ files: StagedFiles; video: Video }> {
  const created = await t.payload.create({
    collection: 'videos',
    // `status` is required by the type; `prepareVideo` sets it to `uploaded` whatever is sent.
    data: {
      site: options.site,
      status: 'uploaded',
      title: `A ${options.status} ${options.visibility} video`,
      visibility: options.visibility,
    },
    filePath: options.clip,
    user: options.uploader,
  })
  const folder = created.storage?.folder
  if (!folder) throw new Error('The upload got no storage folder')
  const files: StagedFiles = {
    segment: randomBytes(9_000).toString('base64'),
    thumbnail: await sharp({
      create: { background: '#336699', channels: 3, height: 24, width: 32 },
    })
      .jpeg()
      .toBuffer(),
  }
  const storage = getStorage()
  const staged = (...parts: string[]) => tierKey('staging', 'videos', folder, 'hls', ...parts)
  await storage.put(staged('master.m3u8'), masterPlaylist)
  await storage.put(staged('240p', 'index.m3u8'), renditionPlaylist)
  await storage.put(staged('240p', 'seg-000.ts'), files.segment)
  await storage.put(staged('thumbnail.jpg'), files.thumbnail)
  await storage.put(staged('preview-1.jpg'), files.thumbnail)
  const video = await t.payload.update({
    id: created.id,
    collection: 'videos',
    data: {
      previews: [{ file: 'hls/preview-1.jpg' }],
      renditions: [
        { bandwidth: 500_000, height: 240, playlist: 'hls/240p/index.m3u8', width: 320 },
      ],
      status: options.status,
      thumbnail: 'hls/thumbnail.jpg',
      ...(options.password ? { password: options.password, requirePassword: true } : {}),
    },
    overrideAccess: true,
  })
  return { files, video }
}

/** The keys stored under a video's folder in one tier, relative to the folder. */
export async function filesInTier(tier: VideoTier, folder: string): Promise<string[]> {
  const prefix = tierKey(tier, 'videos', folder)
  return (await getStorage().list(prefix)).map((key) => key.slice(prefix.length + 1))
}
