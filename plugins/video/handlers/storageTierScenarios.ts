import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishVideo } from './videoPublish'
import { purgeRejectedVideos } from './videoPurge'
import { tierKey, type VideoTier } from '../storageKeys'
import type { User, Video } from '@/payload-types'
import { getStorage } from '@/src/storage'
import { createApi, type Api } from '@/tests/helpers/api'
import { createTestPayload, type TestPayload } from '@/tests/helpers/testPayload'
import { createUser } from '@/tests/helpers/users'
import { createVideoSite } from '@/tests/helpers/videos'
import { stopSender } from '../../queue/client'
import {
  createProcessedVideo,
  filesInTier,
  hlsFiles,
  makeSmallClip,
  masterPlaylist,
  removeTempDirs,
} from '../endpoints/delivery/deliveryFixtures'

type Store = { env: Record<string, string>; stop: () => Promise<void> }

const anonymous = { headers: { host: 'kids.localhost' } }

/**
 * Publishing and purging against one kind of storage (the process's `getStorage()`, chosen by the
 * env given to Payload), and streaming before, during and after: run once per storage kind.
 */
export function describeStorageTiers(kind: 'local' | 's3', startStore: () => Promise<Store>): void {
  let store: Store
  let t: TestPayload
  let api: Api
  let site: number
  let uploader: User
  let uploaderToken: string
  let clip: string
  const context = () => ({ payload: t.payload, signal: new AbortController().signal })
  const make = (status: Video['status']) =>
    createProcessedVideo(t, { clip, site, status, uploader, visibility: 'public' })
  const read = (id: number) =>
    t.payload.findByID({ id, collection: 'videos', depth: 0, overrideAccess: true })
  const folderOf = (video: Video) => video.storage!.folder!
  const stream = (video: Video, file: string) =>
    api.get(`/videos/${video.id}/stream/public/${file}`, anonymous)

  beforeAll(async () => {
    store = await startStore()
    t = await createTestPayload({ env: store.env })
    api = createApi(t.config)
    await createUser(t.payload, 'admin@test.local', ['super-admin'])
    site = (await createVideoSite(t.payload, 'kids')).id
    ;({ token: uploaderToken, user: uploader } = await createUser(
      t.payload,
      'parent@test.local',
      [],
      { [site]: ['creator'] },
    ))
    clip = await makeSmallClip()
  })

  afterAll(async () => {
    await stopSender()
    await t?.cleanup()
    await store?.stop()
    removeTempDirs()
  })

  describe(`publishing and purging on ${kind} storage`, () => {
    it(`stores the videos in ${kind} storage`, () => {
      expect(getStorage().kind).toBe(kind)
    })

    it('moves an approved video’s master to the archive and its renditions to delivery, and it still plays', async () => {
      const { files, video } = await make('approved')
      const folder = folderOf(video)
      expect(await filesInTier('staging', folder)).toEqual([...hlsFiles, 'original.mp4'])

      expect(await publishVideo({ videoId: video.id }, context())).toEqual({ moved: 6 })
      expect(await filesInTier('staging', folder)).toEqual([])
      expect(await filesInTier('archive', folder)).toEqual(['original.mp4'])
      expect(await filesInTier('delivery', folder)).toEqual(hlsFiles)
      const published = await read(video.id)
      expect(published.storage).toMatchObject({
        folder,
        original: tierKey('archive', 'videos', folder, 'original.mp4'),
        tier: 'published',
      })

      expect((await stream(video, 'master.m3u8')).body).toBe(masterPlaylist)
      expect((await stream(video, '240p/seg-000.ts')).body).toBe(files.segment)
      expect((await api.get(`/videos/${video.id}/thumbnail`, anonymous)).status).toBe(200)
      const original = await api.get(`/videos/file/${video.filename}`, {
        ...anonymous,
        token: uploaderToken,
      })
      expect(original.status).toBe(200)
      expect(Number(original.headers.get('content-length'))).toBe(video.filesize)

      // Once published, a second run has nothing to do.
      expect(await publishVideo({ videoId: video.id }, context())).toEqual({ moved: 0 })
      expect(await filesInTier('delivery', folder)).toEqual(hlsFiles)
    })

    it('finishes a publish that was interrupted halfway, and the video plays meanwhile', async () => {
      const { files, video } = await make('approved')
      const folder = folderOf(video)
      const key = (tier: VideoTier, file: string) =>
        tierKey(tier, 'videos', folder, ...file.split('/'))
      // A worker died after moving the master and two playlists.
      await getStorage().move(key('staging', 'original.mp4'), key('archive', 'original.mp4'))
      for (const file of ['hls/master.m3u8', 'hls/240p/index.m3u8'])
        await getStorage().move(key('staging', file), key('delivery', file))

      expect((await stream(video, 'master.m3u8')).body).toBe(masterPlaylist)
      expect((await stream(video, '240p/seg-000.ts')).body).toBe(files.segment)

      expect(await publishVideo({ videoId: video.id }, context())).toEqual({ moved: 3 })
      expect(await filesInTier('staging', folder)).toEqual([])
      expect(await filesInTier('archive', folder)).toEqual(['original.mp4'])
      expect(await filesInTier('delivery', folder)).toEqual(hlsFiles)
      expect((await read(video.id)).storage?.tier).toBe('published')
      expect((await stream(video, '240p/seg-000.ts')).body).toBe(files.segment)
    })

    it('leaves a video that was taken down before its publish ran where it is', async () => {
      const { video } = await make('approved')
      await t.payload.update({
        id: video.id,
        collection: 'videos',
        data: { status: 'rejected' },
        overrideAccess: true,
      })
      expect(await publishVideo({ videoId: video.id }, context())).toEqual({
        skipped: 'The video is rejected, no longer approved.',
      })
      expect(await filesInTier('staging', folderOf(video))).toEqual([...hlsFiles, 'original.mp4'])
      expect((await read(video.id)).storage?.tier).toBe('staging')
    })

    it('purges the files of videos rejected past their retention in every tier, and keeps the documents', async () => {
      const reject = async (video: Video, purgeAfter: Date) => {
        const { storage } = await read(video.id)
        await t.payload.update({
          id: video.id,
          collection: 'videos',
          data: {
            moderation: { notes: 'Not for this site.' },
            status: 'rejected',
            storage: { ...storage, purgeAfter: purgeAfter.toISOString() },
          },
          overrideAccess: true,
        })
      }
      const past = new Date(Date.now() - 60_000)
      // Published, then taken down: files in archive and delivery.
      const { video: takenDown } = await make('approved')
      await publishVideo({ videoId: takenDown.id }, context())
      await reject(takenDown, past)
      // Rejected in review: files in staging.
      const { video: rejected } = await make('pending_review')
      await reject(rejected, past)
      const { video: retained } = await make('pending_review')
      await reject(retained, new Date(Date.now() + 86_400_000))
      const { video: approved } = await make('approved')

      expect(await purgeRejectedVideos({}, context())).toEqual({ purged: 2 })
      for (const video of [takenDown, rejected]) {
        for (const tier of ['staging', 'archive', 'delivery'] as const)
          expect(await filesInTier(tier, folderOf(video)), tier).toEqual([])
        const purged = await read(video.id)
        expect(purged).toMatchObject({
          moderation: { notes: 'Not for this site.' },
          status: 'rejected',
          storage: { tier: 'purged' },
        })
        expect(
          (await api.get(`/videos/${video.id}/playback`, { ...anonymous, token: uploaderToken }))
            .status,
        ).toBe(404)
      }
      expect(await filesInTier('staging', folderOf(retained))).toEqual([
        ...hlsFiles,
        'original.mp4',
      ])
      expect(await filesInTier('staging', folderOf(approved))).toEqual([
        ...hlsFiles,
        'original.mp4',
      ])

      expect(await purgeRejectedVideos({}, context())).toEqual({ purged: 0 })
    })
  })
}
