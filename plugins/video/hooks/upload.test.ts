import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getStorage } from '@/src/storage'
import { createApi, errorText, type Api } from '@/tests/helpers/api'
import { createTestPayload, type TestPayload } from '@/tests/helpers/testPayload'
import { createSuperAdmin, createUser } from '@/tests/helpers/users'
import { makeClip, truncatedCopy } from '@/tests/helpers/videoClips'
import { createVideoSite, jobsOf, uploadVideo } from '@/tests/helpers/videos'
import { createSite } from '@/tests/helpers/sites'
import { stopSender } from '../../queue/client'
import { idOf } from '../../sites'

let t: TestPayload
let api: Api
let parent: string
let member: string
let site: number
let plainSite: number
const clips = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-upload-'))
const clip = (name: string) => path.join(clips, name)

beforeAll(async () => {
  // A small limit, so "oversized" is a few megabytes here.
  t = await createTestPayload({ env: { VIDEO_MAX_BYTES: String(2 * 1024 * 1024) } })
  api = createApi(t.config)
  await createSuperAdmin(t.payload)
  site = (await createVideoSite(t.payload, 'kids')).id
  plainSite = (await createSite(t.payload, 'plain')).id
  ;({ token: parent } = await createUser(t.payload, 'parent@test.local', [], {
    [plainSite]: ['creator'],
    [site]: ['creator'],
  }))
  ;({ token: member } = await createUser(t.payload, 'member@test.local', [], {
    [site]: ['member'],
  }))
  await makeClip(clip('good.mp4'), {
    height: 240,
    metadata: { location: '+48.8584+002.2945/', title: 'Secret title' },
    seconds: 1,
    width: 320,
  })
  await makeClip(clip('big.mp4'), { codec: 'libx264', height: 720, seconds: 4, width: 1280 })
  await makeClip(clip('audio.mp4'), { seconds: 1, video: false })
  await makeClip(clip('ffv1.mkv'), {
    audio: false,
    codec: 'ffv1',
    container: 'matroska',
    height: 120,
    seconds: 1,
    width: 160,
  })
  fs.writeFileSync(
    clip('text.mp4'),
    'this is not a video at all, only text pretending\n'.repeat(50),
  )
  fs.writeFileSync(clip('empty.mp4'), '')
  await truncatedCopy(clip('good.mp4'), clip('truncated.mp4'), 2000)
})

afterAll(async () => {
  await stopSender()
  await t?.cleanup()
  fs.rmSync(clips, { force: true, recursive: true })
})

const videoCount = async () => (await t.payload.count({ collection: 'videos' })).totalDocs
const stagedKeys = () => getStorage().list('staging/videos')
const tempFiles = () =>
  fs.existsSync(path.join(t.dataDir, 'tmp')) ? fs.readdirSync(path.join(t.dataDir, 'tmp')) : []

describe('uploading a video', () => {
  it('stores a real video in staging, reads its numbers from the bytes and queues processing', async () => {
    const response = await uploadVideo(
      api,
      clip('good.mp4'),
      { site, title: 'First steps', visibility: 'public' },
      { token: parent },
    )
    expect(response.status, errorText(response.body)).toBe(201)
    const id = response.body.doc!.id
    const video = await t.payload.findByID({ id, collection: 'videos', overrideAccess: true })
    expect(video.status).toBe('uploaded')
    expect(video.probe).toMatchObject({ height: 240, videoCodec: 'h264', width: 320 })
    expect(video.filesize).toBe(fs.statSync(clip('good.mp4')).size)
    expect(video.storage?.original).toMatch(
      new RegExp(`^staging/videos/${video.storage?.folder}/original\\.mp4$`),
    )
    expect(await getStorage().stat(video.storage!.original!)).toMatchObject({
      size: video.filesize,
    })
    const jobs = await jobsOf(t.payload, 'video.process')
    expect(jobs.map((job) => job.data)).toContainEqual({
      folder: video.storage?.folder,
      site: idOf(video.site),
      videoId: id,
    })
    // The upload streamed through a temp file, which is gone once the request is done.
    expect(tempFiles()).toEqual([])
  })

  it('goes to the site chosen in the admin’s site selector when the form sends none (a creator, not an editor)', async () => {
    const response = await uploadVideo(
      api,
      clip('good.mp4'),
      { title: 'From the admin form' },
      { headers: { Cookie: `payload-tenant=${site}` }, token: parent },
    )
    expect(response.status, errorText(response.body)).toBe(201)
    expect(
      (
        await t.payload.findByID({
          id: response.body.doc!.id,
          collection: 'videos',
          depth: 0,
          overrideAccess: true,
        })
      ).site,
    ).toBe(site)
    // Not on a site where the sender only watches: they are asked to choose.
    const elsewhere = await uploadVideo(
      api,
      clip('good.mp4'),
      { title: 'Nowhere' },
      { headers: { Cookie: `payload-tenant=${site}` }, token: member },
    )
    expect(elsewhere.status).toBe(403)
  })

  it('lets a parent add their kid’s profile, and only to a site where they upload', async () => {
    const created = await api.post<{ doc: { parent: number; site: number } }>(
      '/kids?depth=0',
      { name: 'Mila', site },
      { token: parent },
    )
    expect(created.status, errorText(created.body)).toBe(201)
    expect(created.body.doc.site).toBe(site)
    expect((await api.post('/kids', { name: 'Not mine', site }, { token: member })).status).toBe(
      403,
    )
  })

  it('keeps where it was stored out of the API', async () => {
    const { docs } = await t.payload.find({
      collection: 'videos',
      overrideAccess: false,
      user: (
        await t.payload.find({
          collection: 'users',
          where: { email: { equals: 'parent@test.local' } },
        })
      ).docs[0],
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs[0]).not.toHaveProperty('storage')
    expect(docs[0]).not.toHaveProperty('passwordHash')
  })
})

describe('bad uploads are refused with the reason and leave nothing behind', () => {
  const cases: [string, string, number, RegExp][] = [
    ['text bytes named .mp4', 'text.mp4', 400, /not a video|not a media/i],
    ['a zero-byte file', 'empty.mp4', 400, /empty/i],
    ['a truncated file', 'truncated.mp4', 400, /truncated|corrupt|damaged|incomplete/i],
    ['an audio-only file', 'audio.mp4', 400, /no video/i],
    ['an unsupported codec', 'ffv1.mkv', 400, /codec|ffv1/i],
    ['a file over VIDEO_MAX_BYTES', 'big.mp4', 413, /limit is 2 MB/],
  ]
  for (const [name, file, status, message] of cases) {
    it(`${name} → ${status}`, async () => {
      const [count, staged, jobs] = [
        await videoCount(),
        await stagedKeys(),
        (await jobsOf(t.payload, 'video.process')).length,
      ]
      const response = await uploadVideo(api, clip(file), { site, title: name }, { token: parent })
      expect(response.status, errorText(response.body)).toBe(status)
      expect(errorText(response.body)).toMatch(message)
      expect(await videoCount()).toBe(count)
      expect(await stagedKeys()).toEqual(staged)
      expect((await jobsOf(t.payload, 'video.process')).length).toBe(jobs)
      expect(tempFiles()).toEqual([])
    })
  }

  it('a file name with path tricks is stored under a safe name inside the video’s folder', async () => {
    const response = await uploadVideo(
      api,
      clip('good.mp4'),
      { site, title: 'Tricky' },
      { token: parent },
      '../../../etc/passwd.mp4',
    )
    expect(response.status, errorText(response.body)).toBe(201)
    const video = await t.payload.findByID({
      id: response.body.doc!.id,
      collection: 'videos',
      overrideAccess: true,
    })
    expect(video.filename).not.toMatch(/[/\\]|\.\./)
    expect(video.storage?.original?.startsWith(`staging/videos/${video.storage?.folder}/`)).toBe(
      true,
    )
    expect(fs.existsSync(path.join(t.dataDir, 'etc'))).toBe(false)
  })

  it('a site without videos refuses uploads', async () => {
    const response = await uploadVideo(
      api,
      clip('good.mp4'),
      { site: plainSite, title: 'Elsewhere' },
      { token: parent },
    )
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toMatch(/not enabled/)
  })

  it('anonymous visitors and members cannot upload', async () => {
    expect((await uploadVideo(api, clip('good.mp4'), { site, title: 'Anon' })).status).toBe(403)
    expect(
      (await uploadVideo(api, clip('good.mp4'), { site, title: 'Member' }, { token: member }))
        .status,
    ).toBe(403)
  })
})
