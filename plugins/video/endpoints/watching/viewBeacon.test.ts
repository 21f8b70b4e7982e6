import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User, Video } from '@/payload-types'
import { ensureQueues } from '@/src/queue/ensureQueues'
import { type Api, createApi, errorText } from '@/tests/helpers/api'
import { createSite } from '@/tests/helpers/sites'
import { createTestPayload, type TestPayload } from '@/tests/helpers/testPayload'
import { createSuperAdmin, createUser } from '@/tests/helpers/users'
import { getSender, stopSender } from '@/plugins/queue/client'
import { videoJobs } from '../../jobs'
import { createVideo } from '../../videoFixtures'

type Recorded = { addedSeconds: number; counted: boolean; newView: boolean }

let t: TestPayload
let api: Api
let site: number
let parent: { token: string; user: User }
let publicVideo: Video

let nextId = 0
const newViewId = () => `view-${Date.now().toString(36)}-${(nextId++).toString(36)}`

const beacon = (
  videoId: number,
  body: unknown,
  options: { headers?: Record<string, string>; token?: string } = {},
) => api.post<Recorded>(`/videos/${videoId}/view`, body, options)

const statsOf = async (videoId: number) => {
  const video = await t.payload.findByID({
    id: videoId,
    collection: 'videos',
    depth: 0,
    overrideAccess: true,
  })
  return { views: video.stats?.views ?? 0, watchSeconds: video.stats?.watchSeconds ?? 0 }
}

const viewRow = async (viewId: string) =>
  (
    await t.payload.find({
      collection: 'video-views',
      overrideAccess: true,
      where: { viewId: { equals: viewId } },
    })
  ).docs

beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  // The queue an upload sends its processing job to (the worker creates it in production).
  await ensureQueues(await getSender(), videoJobs, { schedules: false, update: false })
  await createSuperAdmin(t.payload)
  site = (await createSite(t.payload, 'kids', { features: ['videos'] })).id
  parent = await createUser(t.payload, 'parent@test.local', [], { [site]: ['creator'] })
  publicVideo = await createVideo(t.payload, {
    site,
    title: 'Public',
    uploader: parent.user,
    visibility: 'public',
  })
})

afterAll(async () => {
  await stopSender()
  await t?.cleanup()
})

describe('the view beacon', () => {
  it('counts a view once per viewId and adds the watched seconds to the view and the video', async () => {
    const before = await statsOf(publicVideo.id)
    const viewId = newViewId()
    const answers = [
      await beacon(publicVideo.id, { position: 0, seconds: 0, viewId }),
      await beacon(publicVideo.id, { position: 12, seconds: 12, viewId }),
      await beacon(publicVideo.id, { position: 27.5, seconds: 15.5, viewId }),
    ]
    expect(
      answers.map((answer) => answer.status),
      errorText(answers[0].body),
    ).toEqual([200, 200, 200])
    expect(answers.map((answer) => answer.body.newView)).toEqual([true, false, false])
    expect(await statsOf(publicVideo.id)).toEqual({
      views: before.views + 1,
      watchSeconds: before.watchSeconds + 27.5,
    })
    const [row] = await viewRow(viewId)
    expect(row).toMatchObject({ lastPosition: 27.5, viewer: null, watchedSeconds: 27.5 })
    expect(row.site).toMatchObject({ id: site })

    await beacon(publicVideo.id, { position: 3, seconds: 3, viewId: newViewId() })
    expect((await statsOf(publicVideo.id)).views).toBe(before.views + 2)
  })

  it('accepts the text/plain body navigator.sendBeacon sends', async () => {
    const viewId = newViewId()
    const answer = await beacon(
      publicVideo.id,
      { position: 5, seconds: 5, viewId },
      { headers: { 'Content-Type': 'text/plain;charset=UTF-8' } },
    )
    expect(answer.status, errorText(answer.body)).toBe(200)
    expect((await viewRow(viewId))[0]).toMatchObject({ watchedSeconds: 5 })
  })

  it('loses no seconds when beacons arrive at the same time', async () => {
    const before = await statsOf(publicVideo.id)
    const shared = newViewId()
    const sameView = Array.from({ length: 8 }, (_, i) =>
      beacon(publicVideo.id, { position: i, seconds: 5, viewId: shared }),
    )
    const manyViews = Array.from({ length: 8 }, () =>
      beacon(publicVideo.id, { position: 1, seconds: 3, viewId: newViewId() }),
    )
    const answers = await Promise.all([...sameView, ...manyViews])
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200))
    expect(answers.slice(0, 8).filter((answer) => answer.body.newView)).toHaveLength(1)
    expect((await viewRow(shared))[0].watchedSeconds).toBe(40)
    expect(await statsOf(publicVideo.id)).toEqual({
      views: before.views + 9,
      watchSeconds: before.watchSeconds + 40 + 24,
    })
  })

  it('clamps seconds, never credits more than the view has lasted, and ignores views over a day old', async () => {
    const viewId = newViewId()
    expect(
      (await beacon(publicVideo.id, { position: 1, seconds: 500, viewId })).body,
    ).toMatchObject({ addedSeconds: 60, counted: true })
    // A minute's slack is used up: a replay right away adds (almost) nothing.
    expect(
      (await beacon(publicVideo.id, { position: 2, seconds: 60, viewId })).body.addedSeconds,
    ).toBeLessThan(2)

    const old = newViewId()
    await beacon(publicVideo.id, { position: 1, seconds: 1, viewId: old })
    await t.payload.db.drizzle.execute(
      sql`UPDATE video_views SET created_at = now() - interval '25 hours' WHERE view_id = ${old}`,
    )
    const before = await statsOf(publicVideo.id)
    expect(
      (await beacon(publicVideo.id, { position: 9, seconds: 10, viewId: old })).body,
    ).toMatchObject({ addedSeconds: 0, counted: false })
    expect(await statsOf(publicVideo.id)).toEqual(before)
  })

  it('ignores a viewId already used for another video', async () => {
    const other = await createVideo(t.payload, {
      site,
      title: 'Other',
      uploader: parent.user,
      visibility: 'public',
    })
    const viewId = newViewId()
    await beacon(publicVideo.id, { position: 1, seconds: 1, viewId })
    expect((await beacon(other.id, { position: 1, seconds: 1, viewId })).body).toMatchObject({
      counted: false,
    })
    expect(await statsOf(other.id)).toEqual({ views: 0, watchSeconds: 0 })
  })

  it('records who watched when the viewer is signed in', async () => {
    const viewId = newViewId()
    expect(
      (await beacon(publicVideo.id, { position: 1, seconds: 1, viewId }, { token: parent.token }))
        .status,
    ).toBe(200)
    expect((await viewRow(viewId))[0].viewer).toMatchObject({ id: parent.user.id })
  })

  it('answers 400 naming the field for bad input', async () => {
    const viewId = newViewId()
    const cases: [unknown, RegExp][] = [
      [{ position: 0, seconds: 1 }, /"viewId"/],
      [{ position: 0, seconds: 1, viewId: 'short' }, /"viewId"/],
      [{ position: 0, seconds: 1, viewId: 'has spaces in it' }, /"viewId"/],
      [{ position: 0, viewId }, /"seconds"/],
      [{ position: 0, seconds: -1, viewId }, /"seconds"/],
      [{ position: 0, seconds: '5', viewId }, /"seconds"/],
      [{ seconds: 1, viewId }, /"position"/],
      [{ position: 'start', seconds: 1, viewId }, /"position"/],
      [{ position: 0, seconds: 1, share: 42, viewId }, /"share"/],
      ['not an object', /JSON object/],
      [[1, 2], /JSON object/],
    ]
    for (const [body, message] of cases) {
      const answer = await beacon(publicVideo.id, body)
      expect([JSON.stringify(body), answer.status]).toEqual([JSON.stringify(body), 400])
      expect(errorText(answer.body)).toMatch(message)
    }
    const garbage = await api.post(`/videos/${publicVideo.id}/view`, undefined, {
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(garbage.status).toBe(400)
    expect((await beacon(0, { position: 0, seconds: 1, viewId })).status).toBe(400)
    expect(await viewRow(viewId)).toEqual([])
  })
})

describe('which videos take beacons', () => {
  const body = () => ({ position: 1, seconds: 1, viewId: newViewId() })

  it('refuses unapproved videos: 404 to visitors, 403 to the uploader', async () => {
    for (const status of ['pending_review', 'processing', 'rejected'] as const) {
      const video = await createVideo(t.payload, {
        site,
        status,
        title: status,
        uploader: parent.user,
        visibility: 'public',
      })
      expect((await beacon(video.id, body())).status).toBe(404)
      expect((await beacon(video.id, body(), { token: parent.token })).status).toBe(403)
      expect(await statsOf(video.id)).toEqual({ views: 0, watchSeconds: 0 })
    }
    expect((await beacon(999_999, body())).status).toBe(404)
  })

  it('takes family and private videos only with a valid share link', async () => {
    const family = await createVideo(t.payload, {
      site,
      title: 'Family',
      uploader: parent.user,
      visibility: 'family',
    })
    const share = await t.payload.create({
      collection: 'video-shares',
      data: {
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        label: 'Grandma',
        site,
        video: family.id,
      },
      user: parent.user,
    })
    const token = (
      await t.payload.findByID({ id: share.id, collection: 'video-shares', overrideAccess: true })
    ).token!
    expect((await beacon(family.id, body())).status).toBe(404)
    expect((await beacon(family.id, { ...body(), share: 'not-the-token' })).status).toBe(404)
    const shared = await beacon(family.id, { ...body(), share: token })
    expect(shared.status, errorText(shared.body)).toBe(200)
    expect((await statsOf(family.id)).views).toBe(1)

    // A token opens only its own video.
    const other = await createVideo(t.payload, {
      site,
      title: 'Private',
      uploader: parent.user,
      visibility: 'private',
    })
    expect((await beacon(other.id, { ...body(), share: token })).status).toBe(404)

    await t.payload.update({
      id: share.id,
      collection: 'video-shares',
      data: { revoked: true },
      overrideAccess: true,
    })
    expect((await beacon(family.id, { ...body(), share: token })).status).toBe(404)
    await t.payload.update({
      id: share.id,
      collection: 'video-shares',
      data: { expiresAt: new Date(Date.now() - 1000).toISOString(), revoked: false },
      overrideAccess: true,
    })
    expect((await beacon(family.id, { ...body(), share: token })).status).toBe(404)
  })

  it("takes no beacon through another site's host", async () => {
    await createSite(t.payload, 'elsewhere', { features: ['videos'] })
    expect(
      (await beacon(publicVideo.id, body(), { headers: { host: 'elsewhere.localhost' } })).status,
    ).toBe(404)
    expect(
      (await beacon(publicVideo.id, body(), { headers: { host: 'kids.localhost' } })).status,
    ).toBe(200)
  })
})
