import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REST_PATCH } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { sweepOrphans } from '../../plugins/video/handlers/videoSweep'
import { handlers, queues } from '../helpers/workerQueues'
import { startWorker, type Worker } from '../../media-workers/worker'
import type { Video } from '../../payload-types'
import { workDirRoot } from '../../plugins/video/media/workDir'
import { stopSender } from '../../src/queue/sender'
import { tsCommand } from '../../src/start/tsCommand'
import { getStorage } from '../../src/storage'
import { type Api, createApi, errorText } from '../helpers/api'
import { trackChild } from '../helpers/childProcesses'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { createSuperAdmin, createUser } from '../helpers/users'
import { makeClip } from '../helpers/videoClips'
import { createVideoSite, jobsOf, uploadVideo } from '../helpers/videos'
import { waitFor } from '../helpers/waitFor'

// Item 14: work that gets stuck or leaves files behind. Every test runs the real worker and ffmpeg.

let t: TestPayload
let api: Api
let worker: undefined | Worker
let site: number
let otherSite: number
let parent: { id: number; token: string }
let otherParent: { id: number; token: string }
let moderator: string
const clips = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-stuck-'))
const clip = (name: string) => path.join(clips, name)
const HOUR = 60 * 60 * 1000

// One retry, one second apart: a job that fails every attempt reaches its dead-letter queue in seconds.
// The shortest heartbeat pg-boss allows (10 s): a killed worker's job comes back that much sooner.
const quickQueues = {
  ...queues,
  'video.process': {
    ...queues['video.process'],
    heartbeatSeconds: 10,
    retryBackoff: false,
    retryDelay: 1,
    retryLimit: 1,
  },
}
const startTestWorker = () =>
  startWorker({
    databaseUri: t.databaseUri,
    handlers,
    heartbeatRefreshSeconds: 1,
    payload: t.payload,
    queues: quickQueues,
    settings: { monitorIntervalSeconds: 1, superviseIntervalSeconds: 1 },
  })
async function stopTestWorker() {
  await worker?.stop(1)
  worker = undefined
}

beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  await createSuperAdmin(t.payload)
  site = (await createVideoSite(t.payload, 'kids')).id
  otherSite = (await createVideoSite(t.payload, 'other-kids')).id
  const a = await createUser(t.payload, 'parent@test.local', [], {
    [otherSite]: ['creator'],
    [site]: ['creator'],
  })
  const b = await createUser(t.payload, 'other-parent@test.local', [], { [site]: ['creator'] })
  parent = { id: a.user.id, token: a.token }
  otherParent = { id: b.user.id, token: b.token }
  ;({ token: moderator } = await createUser(t.payload, 'moderator@test.local', [], {
    [site]: ['moderator'],
  }))
  await makeClip(clip('small.mp4'), { height: 240, seconds: 2, width: 320 })
  await makeClip(clip('long.mp4'), { height: 720, seconds: 20, width: 1280 })
  fs.writeFileSync(
    clip('text.mp4'),
    'this is not a video at all, only text pretending\n'.repeat(50),
  )
  // The worker first, so the queues carry the quick retry options when the uploads send their jobs.
  worker = await startTestWorker()
})

afterAll(async () => {
  await stopTestWorker()
  await stopSender()
  await t?.cleanup()
  fs.rmSync(clips, { force: true, recursive: true })
})

const video = (id: number) =>
  t.payload.findByID({
    id,
    collection: 'videos',
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
const processJobs = async (id: number) =>
  (await jobsOf(t.payload, 'video.process')).filter((job) => job.data.videoId === id)
const deadJobs = async (id: number) =>
  (await jobsOf(t.payload, 'video.process.dead')).filter((job) => job.data.videoId === id)

/** Waits until the video's processing is over: a final status, or every job of it ended (dead letters handled). */
async function settled(id: number, timeoutMs = 120_000): Promise<Video> {
  return waitFor(
    `video ${id} to settle`,
    async () => {
      const doc = await video(id)
      if (!doc) return undefined
      if (['pending_review', 'approved'].includes(doc.status)) return doc
      const jobs = await processJobs(id)
      const ended =
        jobs.length > 0 &&
        jobs.every((job) => ['completed', 'failed', 'cancelled'].includes(job.state))
      const dead = await deadJobs(id)
      return ended && dead.every((job) => ['completed', 'failed'].includes(job.state))
        ? ((await video(id)) ?? undefined)
        : undefined
    },
    timeoutMs,
    500,
  )
}

async function upload(file: string, token: string, data: Record<string, unknown>): Promise<number> {
  const response = await uploadVideo(
    api,
    clip(file),
    { site, visibility: 'public', ...data },
    { token },
  )
  expect(response.status, errorText(response.body)).toBe(201)
  return response.body.doc!.id
}

async function kidOf(token: string, name: string, onSite = site): Promise<number> {
  const response = await api.post<{ doc: { id: number } }>(
    '/kids?depth=0',
    { name, site: onSite },
    { token },
  )
  expect(response.status, errorText(response.body)).toBe(201)
  return response.body.doc.id
}

const tempFiles = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
    : []
const uploadTemp = () => path.join(t.dataDir, 'tmp')

describe('item 14: stuck and orphaned work', { timeout: 240_000 }, () => {
  it('a parent’s upload tagged with their kid is processed by the worker and waits for review', async () => {
    const mila = await kidOf(parent.token, 'Mila')
    const id = await upload('small.mp4', parent.token, { kid: mila, title: 'Mila paints the sea' })
    const done = await settled(id)
    expect(done.processing?.error ?? null).toBeNull()
    expect(done.status).toBe('pending_review')
    expect(done.kid).toBe(mila)
  })

  it('the kid must be the uploader’s own, on the video’s site: refused on create and on update, nothing changed', async () => {
    const mine = await kidOf(parent.token, 'Mine')
    const theirs = await kidOf(otherParent.token, 'Theirs')
    const elsewhere = await kidOf(parent.token, 'Elsewhere', otherSite)
    const before = (await t.payload.count({ collection: 'videos' })).totalDocs

    // Create: another parent's kid, and the parent's own kid from another site.
    for (const kid of [theirs, elsewhere]) {
      const response = await uploadVideo(
        api,
        clip('small.mp4'),
        { kid, site, title: 'Not my kid' },
        { token: parent.token },
      )
      expect(response.status, errorText(response.body)).toBe(400)
      expect(errorText(response.body)).toMatch(/kid/i)
    }
    expect((await t.payload.count({ collection: 'videos' })).totalDocs).toBe(before)

    // Update: the uploader, and a moderator of the site, re-point the kid.
    const id = await upload('small.mp4', parent.token, { kid: mine, title: 'Mine' })
    for (const [token, kid] of [
      [parent.token, theirs],
      [parent.token, elsewhere],
      [moderator, theirs],
    ] as const) {
      const response = await api.patch(`/videos/${id}`, { kid }, { token })
      expect(response.status, errorText(response.body)).toBe(400)
      expect(errorText(response.body)).toMatch(/kid/i)
      expect((await video(id))?.kid).toBe(mine)
    }
    // GraphQL and the Local API as the user agree.
    const graphql = await api.graphql<{ updateVideo: null }>(
      `mutation { updateVideo(id: ${id}, data: { kid: ${theirs} }) { id } }`,
      {},
      { token: parent.token },
    )
    expect(graphql.body.errors?.[0]?.message).toBeTruthy()
    const user = await t.payload.findByID({ id: parent.id, collection: 'users' })
    await expect(
      t.payload.update({
        id,
        collection: 'videos',
        data: { kid: theirs },
        overrideAccess: false,
        user,
      }),
    ).rejects.toThrow(/kid/i)
    expect((await video(id))?.kid).toBe(mine)
    // The rule is the uploader's kid, not the sender's: the moderator may keep or set the uploader's own.
    const kept = await api.patch(
      `/videos/${id}`,
      { kid: mine, title: 'Renamed by the moderator' },
      { token: moderator },
    )
    expect(kept.status, errorText(kept.body)).toBe(200)
  })

  it('a job that fails every attempt ends in its dead-letter queue with the video failed and the reason; retry then works', async () => {
    await stopTestWorker()
    const mine = await kidOf(parent.token, 'Retry kid')
    const theirs = await kidOf(otherParent.token, 'Not theirs')
    const id = await upload('small.mp4', parent.token, { kid: mine, title: 'Bound to fail' })
    // A document the worker cannot save (written past every check, as a bad migration or import would):
    // each attempt's update is refused, so nothing the handler writes ever lands.
    await t.payload.db.updateOne({ id, collection: 'videos', data: { kid: theirs } })
    worker = await startTestWorker()

    const failed = await settled(id)
    expect(failed.status).toBe('failed')
    expect(failed.processing?.error).toMatch(/kid/i)
    expect((await processJobs(id)).map((job) => job.state)).toEqual(['failed'])
    expect((await deadJobs(id)).map((job) => job.state)).toEqual(['completed'])

    // Once the cause is gone, the uploader's Retry processes it.
    await t.payload.db.updateOne({ id, collection: 'videos', data: { kid: mine } })
    const retried = await api.post(`/videos/${id}/retry`, {}, { token: parent.token })
    expect(retried.status, errorText(retried.body)).toBe(200)
    const done = await waitFor(
      'the retried video',
      async () => ((await video(id))?.status === 'pending_review' ? true : undefined),
      120_000,
      500,
    )
    expect(done).toBe(true)
  })

  it('a failed upload leaves no temp file behind', async () => {
    // Upload temp files sit at the top of the folder; the worker's work directories below it belong to
    // videos of earlier tests still finishing, and come and go on their own.
    const uploads = () =>
      fs
        .readdirSync(uploadTemp(), { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
    fs.mkdirSync(uploadTemp(), { recursive: true })
    const before = uploads()
    const cases: [string, () => Promise<{ status: number }>, number][] = [
      [
        'a non-video body',
        () => uploadVideo(api, clip('text.mp4'), { site, title: 'Text' }, { token: parent.token }),
        400,
      ],
      [
        'an anonymous upload',
        () => uploadVideo(api, clip('small.mp4'), { site, title: 'Anon' }),
        403,
      ],
      [
        'a file that replaces a video’s file',
        async () => {
          const id = await upload('small.mp4', parent.token, { title: 'Replace me' })
          const form = new FormData()
          form.append(
            'file',
            new File([new Uint8Array(fs.readFileSync(clip('small.mp4')))], 'other.mp4', {
              type: 'video/mp4',
            }),
          )
          form.append('_payload', JSON.stringify({ title: 'Replaced' }))
          const request = new Request(`http://localhost/api/videos/${id}`, {
            body: form,
            headers: { Authorization: `JWT ${parent.token}` },
            method: 'PATCH',
          })
          return REST_PATCH(t.config)(request, {
            params: Promise.resolve({ slug: ['videos', String(id)] }),
          })
        },
        400,
      ],
      [
        'a second file part beside the video',
        async () => {
          const form = new FormData()
          const bytes = new Uint8Array(fs.readFileSync(clip('small.mp4')))
          form.append('file', new File([bytes], 'clip.mp4', { type: 'video/mp4' }))
          form.append('extra', new File([bytes], 'extra.mp4', { type: 'video/mp4' }))
          form.append('_payload', JSON.stringify({ site, title: 'Two files' }))
          return api.postForm('/videos', form, { token: parent.token })
        },
        400,
      ],
      [
        'a file posted to a collection without uploads',
        async () => {
          const form = new FormData()
          form.append(
            'file',
            new File([new Uint8Array(fs.readFileSync(clip('small.mp4')))], 'post.mp4', {
              type: 'video/mp4',
            }),
          )
          // A valid kid: only the file is wrong.
          form.append('_payload', JSON.stringify({ name: 'Stray', site }))
          const response = await api.postForm('/kids', form, { token: parent.token })
          expect(errorText(response.body)).toMatch(/takes no file/)
          return response
        },
        400,
      ],
    ]
    for (const [name, send, status] of cases) {
      const response = await send()
      expect(response.status, name).toBe(status)
      expect(uploads(), name).toEqual(before)
    }
  })

  it('a video deleted while it is processed leaves no staging files and no work directory', async () => {
    const id = await upload('long.mp4', parent.token, { title: 'Deleted midway' })
    const folder = (await video(id))!.storage!.folder!
    await waitFor(
      'the transcode to be under way',
      async () => (((await video(id))?.processing?.progress ?? 0) > 5 ? true : undefined),
      120_000,
      250,
    )
    const deleted = await api.delete(`/videos/${id}`, { token: parent.token })
    expect(deleted.status, errorText(deleted.body)).toBe(200)
    // The job notices at its next progress write, stops ffmpeg and removes what it had written.
    await waitFor(
      'the job to end',
      async () =>
        (await processJobs(id)).every((job) =>
          ['completed', 'failed', 'cancelled'].includes(job.state),
        )
          ? true
          : undefined,
      120_000,
      500,
    )
    await waitFor(
      'the staging files to be gone',
      async () =>
        (await getStorage().list(`staging/videos/${folder}`)).length === 0 ? true : undefined,
      10_000,
    )
    expect(tempFiles(workDirRoot())).toEqual([])
  })

  it('the sweep deletes orphans older than the limit and keeps live and recent files', async () => {
    const storage = getStorage()
    const old = new Date(Date.now() - 7 * HOUR)
    const age = (file: string) => fs.utimesSync(file, old, old)
    const storageFile = (key: string) => path.join(t.dataDir, 'storage', ...key.split('/'))

    // Upload temp files: an abandoned one and one being written now.
    fs.mkdirSync(uploadTemp(), { recursive: true })
    const abandoned = path.join(uploadTemp(), 'tmp-abandoned')
    const current = path.join(uploadTemp(), 'tmp-current')
    fs.writeFileSync(abandoned, 'x')
    fs.writeFileSync(current, 'x')
    age(abandoned)
    // Work directories: of a process that is gone (however recent), an old one from another machine, and this process's own (recent).
    fs.mkdirSync(workDirRoot(), { recursive: true })
    const deadPid = spawn(process.execPath, ['-e', '0'])
    await new Promise((resolve) => deadPid.once('exit', resolve))
    const gone = fs.mkdtempSync(
      path.join(workDirRoot(), `video-1~${deadPid.pid}~${os.hostname()}~`),
    )
    const remote = fs.mkdtempSync(path.join(workDirRoot(), `video-2~1~another-host~`))
    age(remote)
    const live = fs.mkdtempSync(
      path.join(workDirRoot(), `video-3~${process.pid}~${os.hostname()}~`),
    )
    // Storage: folders of no video (old, and just written), and a live video's old files.
    await storage.put('staging/videos/orphan-old/original.mp4', 'x')
    await storage.put('delivery/videos/orphan-old/hls/master.m3u8', 'x')
    await storage.put('staging/videos/orphan-new/original.mp4', 'x')
    for (const key of [
      'staging/videos/orphan-old/original.mp4',
      'delivery/videos/orphan-old/hls/master.m3u8',
    ])
      age(storageFile(key))
    const id = await upload('small.mp4', parent.token, { title: 'Kept' })
    await settled(id)
    const folder = (await video(id))!.storage!.folder!
    const keptKeys = await storage.list(`staging/videos/${folder}`)
    for (const key of keptKeys) age(storageFile(key))

    const result = await sweepOrphans(
      {},
      { payload: t.payload, signal: new AbortController().signal },
    )
    expect(result).toMatchObject({ storageFolders: 1, uploadTempFiles: 1, workDirs: 2 })
    expect(fs.existsSync(abandoned)).toBe(false)
    expect(fs.existsSync(current)).toBe(true)
    expect([fs.existsSync(gone), fs.existsSync(remote), fs.existsSync(live)]).toEqual([
      false,
      false,
      true,
    ])
    expect(await storage.list('staging/videos/orphan-old')).toEqual([])
    expect(await storage.list('delivery/videos/orphan-old')).toEqual([])
    expect(await storage.list('staging/videos/orphan-new')).toEqual([
      'staging/videos/orphan-new/original.mp4',
    ])
    expect(await storage.list(`staging/videos/${folder}`)).toEqual(keptKeys)
    // Scheduled on the workers, like the purge.
    expect(queues['video.sweep'].schedule).toBeTruthy()
    fs.rmSync(live, { recursive: true })
    fs.rmSync(current)
  })

  it('a worker killed mid-transcode: its job comes back, the video ends processed with one set of renditions, and the sweep removes its work directory', async () => {
    await stopTestWorker()
    const id = await upload('long.mp4', parent.token, { title: 'Killed midway' })
    const child: ChildProcess = spawn(...tsCommand('media-workers/index.ts'), {
      // Its own process group: ffmpeg runs under the worker, and a SIGKILL does not reach it.
      detached: true,
      env: { ...process.env, DATA_DIR: t.dataDir, DATABASE_URI: t.databaseUri },
      stdio: 'ignore',
    })
    trackChild(inject('databases').tempRoot, child, { group: true })
    const exited = new Promise((resolve) => child.once('exit', resolve))
    let leftBehind: string[] = []
    try {
      await waitFor(
        'the child worker to be transcoding',
        async () => (((await video(id))?.processing?.progress ?? 0) > 5 ? true : undefined),
        120_000,
        250,
      )
      leftBehind = fs.readdirSync(workDirRoot())
      expect(leftBehind).toHaveLength(1)
    } finally {
      // Also when the wait fails: a detached group outlives the test run unless it is killed.
      process.kill(-child.pid!, 'SIGKILL')
      await exited
    }
    expect((await video(id))?.status).toBe('processing')

    // The job comes back once its heartbeat (10 s) is missed; this worker's supervisor looks every second.
    worker = await startTestWorker()
    const done = await settled(id, 200_000)
    expect(done.status).toBe('pending_review')
    expect(done.processing?.attempts).toBeGreaterThanOrEqual(2)
    // One set of renditions: every segment stored is listed in its playlist, none left from the killed run.
    const folder = done.storage!.folder!
    const playlists = (await getStorage().list(`staging/videos/${folder}/hls`)).filter((key) =>
      key.endsWith('.m3u8'),
    )
    expect(playlists.sort()).toEqual([
      `staging/videos/${folder}/hls/360p/index.m3u8`,
      `staging/videos/${folder}/hls/720p/index.m3u8`,
      `staging/videos/${folder}/hls/master.m3u8`,
    ])
    for (const rung of ['360p', '720p']) {
      const playlist = await new Response(
        (await getStorage().get(`staging/videos/${folder}/hls/${rung}/index.m3u8`))!
          .body as unknown as ReadableStream,
      ).text()
      const listed = playlist
        .split('\n')
        .filter((line) => line.endsWith('.ts'))
        .sort()
      const stored = (await getStorage().list(`staging/videos/${folder}/hls/${rung}`))
        .filter((key) => key.endsWith('.ts'))
        .map((key) => path.basename(key))
        .sort()
      expect(stored).toEqual(listed)
    }
    expect(fs.readdirSync(workDirRoot())).toEqual(leftBehind)
    const result = await sweepOrphans(
      {},
      { payload: t.payload, signal: new AbortController().signal },
    )
    expect(result.workDirs).toBe(1)
    expect(fs.readdirSync(workDirRoot())).toEqual([])
  }, 300_000)
})
