import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { commitTransaction, createLocalReq, type FlattenedField, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Video } from '@/payload-types'
import { ffprobePath } from '../media/binaries'
import { stopSender } from '@/src/queue/sender'
import { getStorage } from '@/src/storage'
import { createApi, errorText, type Api } from '@/tests/helpers/api'
import { createTestPayload, type TestPayload } from '@/tests/helpers/testPayload'
import { createSuperAdmin, createUser } from '@/tests/helpers/users'
import { makeClip } from '@/tests/helpers/videoClips'
import { createVideoSite, jobsOf, uploadVideo } from '@/tests/helpers/videos'
import { waitFor } from '@/tests/helpers/waitFor'
import { handlers, queues } from '@/tests/helpers/workerQueues'
import { startWorker, type Worker } from '@/media-workers/worker'
import { updateLiveVideo } from './updateLiveVideo'

const run = promisify(execFile)

let t: TestPayload
let api: Api
let parent: string
let moderator: string
let worker: undefined | Worker
let site: number
const clips = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-pipeline-'))
const clip = (name: string) => path.join(clips, name)

const startTestWorker = () =>
  startWorker({
    databaseUri: t.databaseUri,
    handlers,
    heartbeatRefreshSeconds: 1,
    payload: t.payload,
    queues,
    settings: { monitorIntervalSeconds: 1, superviseIntervalSeconds: 1 },
  })

beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  await createSuperAdmin(t.payload)
  site = (await createVideoSite(t.payload, 'kids')).id
  ;({ token: parent } = await createUser(t.payload, 'parent@test.local', [], {
    [site]: ['creator'],
  }))
  ;({ token: moderator } = await createUser(t.payload, 'moderator@test.local', [], {
    [site]: ['moderator'],
  }))
  await makeClip(clip('hd.mp4'), {
    height: 1080,
    metadata: { location: '+48.8584+002.2945/', make: 'PrismPhone', title: 'Secret title' },
    seconds: 3,
    width: 1920,
  })
  await makeClip(clip('small.mp4'), { height: 240, seconds: 2, width: 320 })
})

afterAll(async () => {
  await worker?.stop(1)
  await stopSender()
  await t?.cleanup()
  fs.rmSync(clips, { force: true, recursive: true })
})

const video = (id: number) =>
  t.payload.findByID({ id, collection: 'videos', depth: 0, overrideAccess: true })
const settled = (id: number, statuses: Video['status'][], timeoutMs = 180_000) =>
  waitFor(
    `video ${id} to reach ${statuses.join(' or ')}`,
    async () => {
      const doc = await video(id)
      return statuses.includes(doc.status) ? doc : undefined
    },
    timeoutMs,
    500,
  )

async function upload(file: string, token: string, title: string): Promise<number> {
  const response = await uploadVideo(
    api,
    clip(file),
    { site, title, visibility: 'public' },
    { token },
  )
  expect(response.status, errorText(response.body)).toBe(201)
  return response.body.doc!.id
}

/** Dotted paths of every relationship and upload field, groups and arrays included. */
function relationshipPaths(fields: FlattenedField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (field.type === 'relationship' || field.type === 'upload') return [`${prefix}${field.name}`]
    if ('flattenedFields' in field)
      return relationshipPaths(field.flattenedFields, `${prefix}${field.name}.`)
    return []
  })
}

const valueAt = (doc: object, dotted: string): unknown =>
  dotted
    .split('.')
    .reduce<unknown>(
      (value, key) => (value as Record<string, unknown> | null | undefined)?.[key],
      doc,
    )

async function tags(key: string): Promise<string> {
  const object = await getStorage().get(key)
  const file = path.join(clips, `probe-${path.basename(key)}`)
  await pipeline(object!.body, fs.createWriteStream(file))
  const { stdout } = await run(ffprobePath(), [
    '-v',
    'error',
    '-show_entries',
    'format_tags:stream_tags',
    '-of',
    'json',
    file,
  ])
  return stdout
}

describe('the processing pipeline on a worker', { timeout: 240_000 }, () => {
  it('turns a 1080p upload into three HLS rungs, a thumbnail, previews and pre-checks, then waits for review', async () => {
    worker = await startTestWorker()
    const id = await upload('hd.mp4', parent, 'Holiday')
    const done = await settled(id, ['pending_review', 'failed'])
    expect(done.processing?.error ?? null).toBeNull()
    expect(done.status).toBe('pending_review')
    expect(done.processing?.progress).toBe(100)
    expect(done.processing?.jobId).toBeTruthy()
    expect(done.renditions?.map((rung) => rung.height)).toEqual([360, 720, 1080])
    expect(done.probe).toMatchObject({
      durationSeconds: expect.closeTo(3, 0),
      height: 1080,
      videoCodec: 'h264',
      width: 1920,
    })

    const folder = done.storage!.folder!
    const keys = await getStorage().list(`staging/videos/${folder}`)
    for (const expected of [
      'hls/master.m3u8',
      'hls/360p/index.m3u8',
      'hls/720p/index.m3u8',
      'hls/1080p/index.m3u8',
      'hls/thumbnail.jpg',
    ]) {
      expect(keys).toContain(`staging/videos/${folder}/${expected}`)
    }
    expect(done.previews?.length).toBeGreaterThanOrEqual(3)
    const master = await getStorage().get(`staging/videos/${folder}/hls/master.m3u8`)
    const text = await new Response(master!.body as unknown as ReadableStream).text()
    expect(text.match(/#EXT-X-STREAM-INF/g)).toHaveLength(3)

    const prechecks = done.prechecks as {
      check: string
      message: string
      score?: number
      status: string
    }[]
    expect(prechecks.find((check) => check.check === 'nsfw')).toMatchObject({
      score: expect.any(Number),
      status: 'ok',
    })
    expect(
      prechecks.filter((check) => check.status === 'not_configured').map((check) => check.check),
    ).toEqual(['speech', 'text'])

    // GPS, device and title are gone from what is kept and what is delivered.
    for (const key of [done.storage!.original!, `staging/videos/${folder}/hls/1080p/seg-000.ts`]) {
      const found = await tags(key)
      expect(found).not.toMatch(/48\.8584|PrismPhone|Secret title/)
    }
  })

  it('approves a moderator’s own upload without review and publishes it to the delivery tier', async () => {
    const id = await upload('small.mp4', moderator, 'Welcome')
    const done = await settled(id, ['approved', 'failed'])
    expect(done.status).toBe('approved')
    expect(done.renditions?.map((rung) => rung.height)).toEqual([240])
    const published = await waitFor(
      'publishing',
      async () => ((await video(id)).storage?.tier === 'published' ? video(id) : undefined),
      30_000,
    )
    const folder = published.storage!.folder!
    expect(await getStorage().list(`staging/videos/${folder}`)).toEqual([])
    expect(await getStorage().list(`delivery/videos/${folder}/hls`)).toContain(
      `delivery/videos/${folder}/hls/master.m3u8`,
    )
    expect(published.storage?.original).toMatch(/^archive\//)
    const log = await t.payload.find({
      collection: 'moderation-log',
      where: { video: { equals: id } },
    })
    expect(log.docs.map((entry) => entry.action)).toEqual(['auto-approve'])
  })

  it('processes a video carrying every relationship a video can have (kid, uploader, site, moderator…) to the state its uploader gives it', async () => {
    const users = await t.payload.find({
      collection: 'users',
      depth: 0,
      where: { email: { in: ['parent@test.local', 'moderator@test.local'] } },
    })
    const user = (email: string) => users.docs.find((doc) => doc.email === email)!
    const cases = [
      { expected: 'pending_review', uploader: user('parent@test.local') },
      { expected: 'approved', uploader: user('moderator@test.local') },
    ] as const
    // Every relationship field of the collection, found in its config: one added later fails here until a case sets it.
    const relationships = relationshipPaths(t.payload.collections.videos.config.flattenedFields)
    expect(relationships).toEqual(
      expect.arrayContaining(['kid', 'moderation.moderatedBy', 'site', 'uploader']),
    )
    for (const { expected, uploader } of cases) {
      const kid = await t.payload.create({
        collection: 'kids',
        data: { name: `Kid of ${uploader.email}`, site },
        user: uploader,
      })
      // As the admin would after a retry of a reviewed video: a moderator is named too.
      const created = await t.payload.create({
        collection: 'videos',
        data: {
          kid: kid.id,
          moderation: { moderatedBy: user('moderator@test.local').id, notes: 'Seen before.' },
          site,
          status: 'uploaded',
          title: `Everything ${expected}`,
          visibility: 'public',
        },
        filePath: clip('small.mp4'),
        user: uploader,
      })
      const doc = await video(created.id)
      for (const field of relationships)
        expect(valueAt(doc, field), `${field} is set on the test video`).toBeTruthy()
      const done = await settled(created.id, [expected, 'failed'])
      expect(done.processing?.error ?? null).toBeNull()
      expect(done.status).toBe(expected)
      expect(done.kid).toBe(kid.id)
    }
  })

  it('marks a video whose stored original cannot be decoded as failed, with the reason, without retrying', async () => {
    const id = await upload('small.mp4', parent, 'Broken later')
    await worker?.stop(1)
    worker = undefined
    // Damaged in storage after the upload was accepted (a bad disk, a bad copy).
    const doc = await video(id)
    await getStorage().put(doc.storage!.original!, Buffer.from('garbage that is not a video'))
    worker = await startTestWorker()
    const failed = await settled(id, ['failed', 'pending_review'])
    expect(failed.status).toBe('failed')
    expect(failed.processing?.error).toMatch(/not a video|not a media|corrupt|damaged/i)
    // The handler records the failure, then returns: the job completes a moment after the video shows it.
    const jobs = await waitFor('the processing job to end', async () => {
      const mine = (await jobsOf(t.payload, 'video.process')).filter(
        (job) => job.data.videoId === id,
      )
      return mine.some((job) => job.state === 'active') ? undefined : mine
    })
    expect(jobs.map((job) => job.state)).toEqual(['completed'])
  })

  it('a worker’s write that waits on a delete does not bring the deleted video back', async () => {
    const id = await upload('small.mp4', parent, 'Deleted during a write')
    const uploaded = await video(id)
    // The delete holds the row while its hooks remove the files; the worker writes progress meanwhile.
    const req = await createLocalReq({}, t.payload)
    await initTransaction(req)
    await t.payload.delete({ id, collection: 'videos', overrideAccess: true, req })
    const write = updateLiveVideo(t.payload, id, {
      processing: { ...uploaded.processing, progress: 50 },
    })
    await waitFor(
      'the write to wait for the delete’s lock',
      async () => {
        const { rows } = await t.payload.db.drizzle.execute(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock'`,
        )
        return rows.length ? true : undefined
      },
      10_000,
      50,
    )
    await commitTransaction(req)
    expect(await write).toBeNull()
    expect(
      await t.payload.findByID({
        id,
        collection: 'videos',
        disableErrors: true,
        overrideAccess: true,
      }),
    ).toBeNull()
  })
})
