/**
 * Issue 13, the video platform read as an attacker reads it: share links and comments re-pointed
 * after create (item 3), originals of protected videos (item 4), edits that skip re-moderation and
 * moderator notes read by strangers (item 17), and another plugin's watch grant standing in for a
 * video's password or site (item 1). Each test sends the attacker's request and re-reads the
 * database to show that nothing changed.
 */
import fs from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Kid, Lesson, User, Video } from '../../payload-types'
import { stopSender, getSender } from '../../plugins/queue/client'
import {
  createProcessedVideo,
  makeSmallClip,
  removeTempDirs,
} from '../../plugins/video/endpoints/delivery/deliveryFixtures'
import { videoJobs } from '../../plugins/video/jobs'
import { signToken } from '../../src/storage/signedToken'
import { ensureQueues } from '../../src/queue/ensureQueues'
import { DEMO_PASSWORD } from '../../src/seed'
import { type Api, createApi, errorText } from '../helpers/api'
import { siteIdOf } from '../helpers/sites'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser, login } from '../helpers/users'
import { createVideoSite } from '../helpers/videos'

type Auth = { headers?: Record<string, string>; token?: string }
type Refusal = { errors?: { message: string }[]; passwordRequired?: boolean }

const PASSWORD = 'open-sesame-42'
const kidsHost = { host: 'kids-ascension.localhost' }
const ozeanHost = { host: 'ozean-licht.localhost' }

let t: TestPayload
let api: Api
let clip: string
let kids: number
let ozean: number
let other: number
const users: Record<
  'member' | 'moderator' | 'otherAdmin' | 'parentA' | 'parentB',
  { token: string; user: User }
> = {} as never

const on = (host: Record<string, string>, who?: keyof typeof users): Auth => ({
  headers: host,
  token: who && users[who].token,
})
const readVideo = (id: number) =>
  t.payload.findByID({ id, collection: 'videos', depth: 0, overrideAccess: true })
const video = (
  uploader: keyof typeof users,
  status: Video['status'],
  visibility: Video['visibility'],
  password?: string,
  site = kids,
) =>
  createProcessedVideo(t, {
    clip,
    password,
    site,
    status,
    uploader: users[uploader].user,
    visibility,
  }).then((created) => created.video)

beforeAll(async () => {
  t = await createTestPayload({ seeded: true })
  api = createApi(t.config)
  // The processing job an upload sends needs its queue (the worker creates it in production).
  await ensureQueues(await getSender(), videoJobs, { schedules: false, update: false })
  kids = await siteIdOf(t.payload, 'kids-ascension')
  ozean = await siteIdOf(t.payload, 'ozean-licht')
  other = (await createVideoSite(t.payload, 'other')).id
  users.parentA = await createUser(t.payload, 'parent-a@test.local', [], {
    [kids]: ['creator'],
    [other]: ['creator'],
  })
  users.parentB = await createUser(t.payload, 'parent-b@test.local', [], { [kids]: ['creator'] })
  users.moderator = await createUser(t.payload, 'moderator@test.local', [], {
    [kids]: ['moderator'],
  })
  users.member = await createUser(t.payload, 'member@test.local', [], { [kids]: ['member'] })
  users.otherAdmin = await createUser(t.payload, 'other-admin@test.local', [], {
    [other]: ['admin'],
  })
  clip = await makeSmallClip()
})

afterAll(async () => {
  await stopSender()
  await t?.cleanup()
  removeTempDirs()
})

describe('item 3: what was checked on create holds on update', () => {
  it('a share link cannot be re-pointed at another uploader’s video (400, unchanged, and it does not play that video)', async () => {
    const own = await video('parentA', 'approved', 'family')
    // Public when the link is re-pointed (so the sender may read it), made private after.
    const theirs = await video('parentB', 'approved', 'public')
    const created = await api.post<{ doc: { id: number; token: string } }>(
      '/video-shares',
      { label: 'Grandma', video: own.id },
      on(kidsHost, 'parentA'),
    )
    expect(created.status, errorText(created.body)).toBe(201)
    const share = await t.payload.findByID({
      id: created.body.doc.id,
      collection: 'video-shares',
      depth: 0,
      overrideAccess: true,
    })

    const repointed = await api.patch(
      `/video-shares/${share.id}`,
      { video: theirs.id },
      on(kidsHost, 'parentA'),
    )
    expect(repointed.status, errorText(repointed.body)).toBe(400)
    expect(errorText(repointed.body)).toMatch(/video/i)
    const graphql = await api.graphql(
      `mutation ($id: Int!, $video: Int!) { updateVideoShare(id: $id, data: { video: $video }) { id } }`,
      { id: share.id, video: theirs.id },
      on(kidsHost, 'parentA'),
    )
    expect(graphql.body.errors?.length).toBeTruthy()
    const local = t.payload.update({
      id: share.id,
      collection: 'video-shares',
      data: { video: theirs.id },
      overrideAccess: false,
      user: users.parentA.user,
    })
    await expect(local).rejects.toThrow()

    const after = await t.payload.findByID({
      id: share.id,
      collection: 'video-shares',
      depth: 0,
      overrideAccess: true,
    })
    expect(after.video).toBe(own.id)
    expect(after.site).toBe(kids)
    // The other video, now private, does not play through this link.
    await t.payload.update({
      id: theirs.id,
      collection: 'videos',
      data: { visibility: 'private' },
      overrideAccess: true,
    })
    expect(
      (await api.get(`/videos/${theirs.id}/playback?share=${share.token}`, on(kidsHost))).status,
    ).toBe(403)
  })

  it('a share link’s creator who no longer manages its video cannot extend or restore it (403, unchanged)', async () => {
    // Public, so the relationship's own validation (which re-reads the video as the sender) does not refuse it by chance.
    const parentVideo = await video('parentA', 'approved', 'public')
    const { token, user: deputy } = await createUser(t.payload, 'deputy@test.local', [], {
      [kids]: ['moderator'],
    })
    const created = await api.post<{ doc: { id: number } }>(
      '/video-shares',
      { revoked: true, video: parentVideo.id },
      { headers: kidsHost, token },
    )
    expect(created.status, errorText(created.body)).toBe(201)
    const share = await t.payload.findByID({
      id: created.body.doc.id,
      collection: 'video-shares',
      depth: 0,
      overrideAccess: true,
    })
    // The moderator role is taken away; the link they made stays.
    await t.payload.update({
      id: deputy.id,
      collection: 'users',
      data: { sites: [{ roles: ['member'], site: kids }] },
      overrideAccess: true,
    })
    const demoted = await login(t.payload, 'deputy@test.local')
    expect(token).not.toBe(demoted)

    const farAway = new Date(Date.now() + 3650 * 86_400_000).toISOString()
    const restored = await api.patch(
      `/video-shares/${share.id}`,
      { expiresAt: farAway, revoked: false },
      { headers: kidsHost, token: demoted },
    )
    expect(restored.status, errorText(restored.body)).toBe(403)
    const after = await t.payload.findByID({
      id: share.id,
      collection: 'video-shares',
      depth: 0,
      overrideAccess: true,
    })
    expect(after).toMatchObject({ expiresAt: share.expiresAt, revoked: true })
  })

  it('a comment cannot be moved under another video (400, unchanged)', async () => {
    const first = await video('parentA', 'approved', 'public')
    const second = await video('parentB', 'approved', 'public')
    const comment = await t.payload.create({
      collection: 'video-comments',
      data: { authorName: 'Ann', body: 'Lovely', site: kids, status: 'pending', video: first.id },
      overrideAccess: false,
    })
    const moved = await api.patch(
      `/video-comments/${comment.id}`,
      { status: 'approved', video: second.id },
      on(kidsHost, 'moderator'),
    )
    expect(moved.status, errorText(moved.body)).toBe(400)
    const after = await t.payload.findByID({
      id: comment.id,
      collection: 'video-comments',
      depth: 0,
      overrideAccess: true,
    })
    expect(after).toMatchObject({ status: 'pending', video: first.id })
  })

  it('a video cannot be moved to another site, even one its uploader uploads to (400, unchanged)', async () => {
    const own = await video('parentA', 'approved', 'public')
    const moved = await api.patch(
      `/videos/${own.id}`,
      { site: other },
      { token: users.parentA.token },
    )
    expect(moved.status, errorText(moved.body)).toBe(400)
    expect(errorText(moved.body)).toMatch(/site/i)
    expect((await readVideo(own.id)).site).toBe(kids)
  })

  it('a video cannot name another parent’s kid, nor change its uploader or status (unchanged)', async () => {
    const own = await video('parentA', 'pending_review', 'public')
    const kid = await t.payload.create({
      collection: 'kids',
      data: { name: 'Theo', site: kids },
      overrideAccess: false,
      user: users.parentB.user,
    })
    const tagged = await api.patch(`/videos/${own.id}`, { kid: kid.id }, on(kidsHost, 'parentA'))
    expect(tagged.status, errorText(tagged.body)).toBe(400)
    await api.patch(
      `/videos/${own.id}`,
      { status: 'approved', uploader: users.parentB.user.id },
      on(kidsHost, 'parentA'),
    )
    const after = await readVideo(own.id)
    expect(after.kid ?? null).toBeNull()
    expect(after).toMatchObject({ status: 'pending_review', uploader: users.parentA.user.id })
    // A kid's parent is never taken from input either.
    await api.patch(`/kids/${kid.id}`, { parent: users.parentA.user.id }, on(kidsHost, 'parentB'))
    expect(
      (
        (await t.payload.findByID({
          id: kid.id,
          collection: 'kids',
          depth: 0,
          overrideAccess: true,
        })) as Kid
      ).parent,
    ).toBe(users.parentB.user.id)
  })
})

describe('item 4: originals are for the uploader and the site’s moderators only', () => {
  let locked: Video
  let open: Video
  let size: number

  beforeAll(async () => {
    locked = await video('parentA', 'approved', 'public', PASSWORD)
    open = await video('parentA', 'approved', 'public')
    size = (await fs.stat(clip)).size
  })

  const original = (target: Video, auth: Auth, query = '') =>
    api.get<Refusal>(`/videos/file/${encodeURIComponent(target.filename!)}${query}`, auth)

  it('refuses the original of a password-protected video to anyone else, whatever they present', async () => {
    const signed = signToken(`video:${locked.id}`)
    const attempts: [string, Auth, string?][] = [
      ['anonymous, admin host', {}],
      ['anonymous, site host', on(kidsHost)],
      ['anonymous with the password in the query', on(kidsHost), `?password=${PASSWORD}`],
      ['anonymous with a signed stream token', on(kidsHost), `?token=${signed}`],
      [
        'anonymous with the password as a header',
        { headers: { ...kidsHost, 'x-video-password': PASSWORD } },
      ],
      ['a member of the site', on(kidsHost, 'member')],
      ['another uploader of the site', on(kidsHost, 'parentB')],
      ['another site’s admin, admin host', { token: users.otherAdmin.token }],
    ]
    for (const [who, auth, query] of attempts) {
      const response = await original(locked, auth, query)
      expect([401, 403, 404], who).toContain(response.status)
      expect(response.headers.get('content-type') ?? '', who).not.toMatch(/video/)
    }
  })

  it('refuses the original of an openly public video too: everyone else gets renditions', async () => {
    for (const auth of [on(kidsHost), on(kidsHost, 'member'), { token: users.otherAdmin.token }]) {
      expect([401, 403, 404]).toContain((await original(open, auth)).status)
    }
    expect((await api.get(`/videos/${open.id}/playback`, on(kidsHost))).status).toBe(200)
  })

  it('serves it whole to its uploader and the site’s moderator', async () => {
    for (const auth of [
      on(kidsHost, 'parentA'),
      on(kidsHost, 'moderator'),
      { token: users.moderator.token },
    ]) {
      const response = await original(locked, auth)
      expect(response.status).toBe(200)
      expect(Number(response.headers.get('content-length'))).toBe(size)
    }
  })

  it('keeps thumbnails, previews and HLS of a protected video behind its password', async () => {
    for (const path of [
      'thumbnail',
      'previews/1',
      'stream/public/master.m3u8',
      'stream/public/240p/seg-000.ts',
      `thumbnail?share=x`,
    ]) {
      expect([401, 403, 404], path).toContain(
        (await api.get(`/videos/${locked.id}/${path}`, on(kidsHost))).status,
      )
    }
    const playback = await api.post<Refusal>(`/videos/${locked.id}/playback`, {}, on(kidsHost))
    expect(playback.status).toBe(401)
    expect(playback.body.passwordRequired).toBe(true)
  })
})

describe('item 17: edits to an approved video go back to review; moderation data stays with the moderators', () => {
  it('sends an approved video back to review when its uploader changes its title or description, and logs it', async () => {
    for (const change of [
      { title: 'Something else entirely' },
      { description: 'Now with a link to my shop' },
      { tags: ['new'] },
    ]) {
      const approved = await video('parentA', 'approved', 'public')
      const edited = await api.patch<{ doc: Video }>(
        `/videos/${approved.id}`,
        change,
        on(kidsHost, 'parentA'),
      )
      expect(edited.status, errorText(edited.body)).toBe(200)
      const after = await readVideo(approved.id)
      expect(after.status, JSON.stringify(change)).toBe('pending_review')
      const log = await t.payload.find({
        collection: 'moderation-log',
        depth: 0,
        overrideAccess: true,
        where: { video: { equals: approved.id } },
      })
      expect(log.docs).toMatchObject([
        {
          action: 'resubmit',
          fromStatus: 'approved',
          moderator: users.parentA.user.id,
          toStatus: 'pending_review',
        },
      ])
      expect((await api.get(`/videos/${approved.id}/playback`, on(kidsHost))).status).toBe(404)
    }
  })

  it('keeps it approved when nothing reviewed changed, when a moderator of its site edits it, and refuses a new thumbnail', async () => {
    const approved = await video('parentA', 'approved', 'public')
    await api.patch(
      `/videos/${approved.id}`,
      { thumbnail: 'hls/elsewhere.jpg', title: approved.title, visibility: 'family' },
      on(kidsHost, 'parentA'),
    )
    expect(await readVideo(approved.id)).toMatchObject({
      status: 'approved',
      thumbnail: approved.thumbnail,
    })
    const byModerator = await api.patch(
      `/videos/${approved.id}`,
      { title: 'Fixed a typo' },
      on(kidsHost, 'moderator'),
    )
    expect(byModerator.status, errorText(byModerator.body)).toBe(200)
    expect(await readVideo(approved.id)).toMatchObject({
      status: 'approved',
      title: 'Fixed a typo',
    })
  })

  it('shows moderator notes and pre-check scores to the uploader and the site’s moderators only (REST and GraphQL)', async () => {
    const approved = await video('parentA', 'approved', 'public')
    await t.payload.update({
      id: approved.id,
      collection: 'videos',
      data: {
        moderation: {
          moderatedAt: new Date().toISOString(),
          moderatedBy: users.moderator.user.id,
          notes: 'Borderline: the second minute.',
        },
        prechecks: [{ check: 'nsfw', message: 'Flagged', score: 0.71, status: 'flagged' }],
      },
      overrideAccess: true,
    })
    const query = `query ($id: Int!) { Video(id: $id) { title moderation { notes } prechecks processing { error } } }`
    type Graph = {
      Video: null | {
        moderation: null | { notes: null | string }
        prechecks: unknown
        title: string
      }
    }
    for (const [who, auth] of [
      ['anonymous', on(kidsHost)],
      ['member', on(kidsHost, 'member')],
      ['other site admin', { token: users.otherAdmin.token }],
      ['other parent', on(kidsHost, 'parentB')],
    ] as const) {
      const rest = await api.get<Video>(`/videos/${approved.id}`, auth)
      expect(rest.status, who).toBe(200)
      expect(rest.body.moderation?.notes, who).toBeUndefined()
      expect(rest.body.prechecks, who).toBeUndefined()
      expect(rest.body.processing, who).toBeUndefined()
      const graph = await api.graphql<Graph>(query, { id: approved.id }, auth)
      expect(graph.body.data?.Video?.title, who).toBe(approved.title)
      expect(graph.body.data?.Video?.moderation?.notes ?? null, who).toBeNull()
      expect(graph.body.data?.Video?.prechecks ?? null, who).toBeNull()
    }
    for (const who of ['parentA', 'moderator'] as const) {
      const rest = await api.get<Video>(`/videos/${approved.id}`, on(kidsHost, who))
      expect(rest.body.moderation?.notes, who).toBe('Borderline: the second minute.')
      expect(rest.body.prechecks, who).toHaveLength(1)
      const graph = await api.graphql<Graph>(query, { id: approved.id }, on(kidsHost, who))
      expect(graph.body.data?.Video?.moderation?.notes, who).toBe('Borderline: the second minute.')
    }
  })
})

describe('item 1: a watch grant widens the audience, never the password or the site', () => {
  let member: string
  let lessonOf: (title: string) => Lesson

  beforeAll(async () => {
    const lessons = (
      await t.payload.find({
        collection: 'lessons',
        depth: 0,
        pagination: false,
        where: { site: { equals: ozean } },
      })
    ).docs
    lessonOf = (title) => lessons.find((lesson) => lesson.title === title)!
    member = await login(t.payload, 'member@ozean-licht.local', DEMO_PASSWORD)
    const course = lessonOf('The long exhale').course
    const enrolled = await api.post(
      `/courses/${typeof course === 'object' ? course?.id : course}/enroll`,
      {},
      { headers: ozeanHost, token: member },
    )
    expect([201, 409]).toContain(enrolled.status)
  })

  it('asks an enrolled member for the password of a protected private lesson video', async () => {
    const instructor = (
      await t.payload.find({
        collection: 'users',
        where: { email: { equals: 'instructor@ozean-licht.local' } },
      })
    ).docs[0]
    const lessonVideo = (
      await createProcessedVideo(t, {
        clip,
        password: PASSWORD,
        site: ozean,
        status: 'approved',
        uploader: instructor,
        visibility: 'private',
      })
    ).video
    await t.payload.update({
      id: lessonOf('The long exhale').id,
      collection: 'lessons',
      data: { video: lessonVideo.id },
    })

    const withoutPassword = await api.post<Refusal>(
      `/videos/${lessonVideo.id}/playback`,
      {},
      { headers: ozeanHost, token: member },
    )
    expect(withoutPassword.status, errorText(withoutPassword.body)).toBe(401)
    expect(withoutPassword.body.passwordRequired).toBe(true)
    const wrong = await api.post<Refusal>(
      `/videos/${lessonVideo.id}/playback`,
      { password: 'not-the-one' },
      { headers: ozeanHost, token: member },
    )
    expect(wrong.status).toBe(401)
    const right = await api.post(
      `/videos/${lessonVideo.id}/playback`,
      { password: PASSWORD },
      { headers: ozeanHost, token: member },
    )
    expect(right.status, errorText(right.body)).toBe(200)
    // Without the grant (not enrolled, anonymous) the password alone does not open a private video.
    expect(
      (
        await api.post(
          `/videos/${lessonVideo.id}/playback`,
          { password: PASSWORD },
          { headers: ozeanHost },
        )
      ).status,
    ).toBe(403)
  })

  it('does not play another site’s video through a grant: not through this site’s host, nor the admin host', async () => {
    const kidsVideo = await video('parentA', 'approved', 'private')
    // A lesson row that points across sites (what the relationship rules now forbid): the grant must not carry it.
    await t.payload
      .update({
        id: lessonOf('Arriving in the breath').id,
        collection: 'lessons',
        context: { skipSiteCheck: true },
        data: { video: kidsVideo.id },
        overrideAccess: true,
      })
      .catch(async () => {
        await t.payload.db.updateOne({
          id: lessonOf('Arriving in the breath').id,
          collection: 'lessons',
          data: { video: kidsVideo.id },
        })
      })
    for (const [where, auth] of [
      ['ozean-licht host', { headers: ozeanHost, token: member }],
      ['admin host', { token: member }],
      ['admin host, anonymous', {}],
    ] as const) {
      const response = await api.get(`/videos/${kidsVideo.id}/playback`, auth)
      expect([403, 404], where).toContain(response.status)
      const beacon = await api.post(
        `/videos/${kidsVideo.id}/view`,
        { position: 1, seconds: 1, viewId: `grant-${where.replace(/\W/g, '-')}` },
        auth,
      )
      expect([403, 404], `beacon, ${where}`).toContain(beacon.status)
    }
    expect((await readVideo(kidsVideo.id)).stats?.views ?? 0).toBe(0)
  })
})
