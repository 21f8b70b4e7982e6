import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ModerationLog, User, Video } from '@/payload-types'
import { getSender, stopSender } from '@/src/queue/sender'
import { type Api, createApi, errorText } from '@/tests/helpers/api'
import { createSite } from '@/tests/helpers/sites'
import { createTestPayload, type TestPayload } from '@/tests/helpers/testPayload'
import { createUser, type Role, type SiteRoles } from '@/tests/helpers/users'
import { makeClip } from '@/tests/helpers/videoClips'

let t: TestPayload
let api: Api
let clip: string
let kids: number
let other: number
const tokens: Record<'admin' | 'creator' | 'moderator' | 'otherModerator', string> = {
  admin: '',
  creator: '',
  moderator: '',
  otherModerator: '',
}
const users: Partial<Record<keyof typeof tokens, User>> = {}

type Decided = { message: string; video: Pick<Video, 'id' | 'moderation' | 'status'> }
type Bulk = { results: { error?: string; id: number; ok: boolean; status?: string }[] }

beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  clip = await makeClip(
    path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'moderation-')), 'clip.mp4'),
    { audio: false, height: 240, seconds: 1, width: 320 },
  )
  kids = (await createSite(t.payload, 'kids', { features: ['videos'] })).id
  other = (await createSite(t.payload, 'other', { features: ['videos'] })).id
  const accounts: [keyof typeof tokens, Role[], SiteRoles][] = [
    ['admin', ['super-admin'], {}],
    ['moderator', [], { [kids]: ['moderator'] }],
    ['creator', [], { [kids]: ['creator'] }],
    ['otherModerator', [], { [other]: ['moderator'] }],
  ]
  for (const [name, roles, sites] of accounts) {
    const created = await createUser(t.payload, `${name}@test.local`, roles, sites)
    tokens[name] = created.token
    users[name] = created.user
  }
})

afterAll(async () => {
  await stopSender()
  await t?.cleanup()
})

/** A video as the pipeline leaves it for review (or in `status`), uploaded by the creator. */
async function video(title: string, data: Partial<Video> = {}): Promise<Video> {
  const created = await t.payload.create({
    collection: 'videos',
    // `prepareVideo` starts every upload as `uploaded`, whatever is sent.
    data: {
      site: kids,
      status: 'uploaded',
      title,
      uploader: users.creator!.id,
      visibility: 'public',
    },
    filePath: clip,
    overrideAccess: true,
  })
  return t.payload.update({
    id: created.id,
    collection: 'videos',
    data: { status: 'pending_review', ...data },
    overrideAccess: true,
  })
}

const stored = (id: number) =>
  t.payload.findByID({ id, collection: 'videos', depth: 0, overrideAccess: true })

const logOf = async (id: number): Promise<ModerationLog[]> =>
  (
    await t.payload.find({
      collection: 'moderation-log',
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
      where: { video: { equals: id } },
    })
  ).docs

async function jobsFor(name: 'video.process' | 'video.publish', videoId: number): Promise<number> {
  return (await (await getSender()).findJobs(name, { data: { videoId } })).length
}

describe('POST /api/videos/:id/moderate', () => {
  it('lets a site moderator approve: status, who and when, one log row, and the publish job', async () => {
    const { id } = await video('Approve me')
    const before = Date.now()
    const response = await api.post<Decided>(
      `/videos/${id}/moderate`,
      { decision: 'approve', notes: 'Lovely.' },
      { token: tokens.moderator },
    )
    expect(response.status, errorText(response.body)).toBe(200)
    expect(response.body.video.status).toBe('approved')

    const after = await stored(id)
    expect(after.status).toBe('approved')
    expect(after.moderation?.moderatedBy).toBe(users.moderator!.id)
    expect(after.moderation?.notes).toBe('Lovely.')
    expect(new Date(after.moderation!.moderatedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(after.storage?.purgeAfter ?? null).toBeNull()

    const log = await logOf(id)
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({
      action: 'approve',
      fromStatus: 'pending_review',
      moderator: users.moderator!.id,
      notes: 'Lovely.',
      site: kids,
      toStatus: 'approved',
    })
    expect(await jobsFor('video.publish', id)).toBe(1)
  })

  it('refuses a rejection without notes, and changes nothing', async () => {
    const { id } = await video('No reason given')
    for (const notes of [undefined, '', '   ']) {
      const response = await api.post(
        `/videos/${id}/moderate`,
        { decision: 'reject', notes },
        { token: tokens.moderator },
      )
      expect(response.status).toBe(400)
      expect(errorText(response.body)).toMatch(/why/)
    }
    expect((await stored(id)).status).toBe('pending_review')
    expect(await logOf(id)).toHaveLength(0)
  })

  it('rejects with notes and schedules the files for deletion; a later approval keeps them', async () => {
    const { id } = await video('Reject me')
    const response = await api.post<Decided>(
      `/videos/${id}/moderate`,
      { decision: 'reject', notes: 'Shows a home address.' },
      { token: tokens.moderator },
    )
    expect(response.status, errorText(response.body)).toBe(200)
    const rejected = await stored(id)
    expect(rejected.status).toBe('rejected')
    expect(rejected.moderation?.notes).toBe('Shows a home address.')
    const days = (new Date(rejected.storage!.purgeAfter!).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    expect(days).toBeLessThanOrEqual(7)
    expect(await jobsFor('video.publish', id)).toBe(0)

    // Second thoughts: approving a rejected video restores it.
    expect(
      (await api.post(`/videos/${id}/moderate`, { decision: 'approve' }, { token: tokens.admin }))
        .status,
    ).toBe(200)
    const approved = await stored(id)
    expect(approved.status).toBe('approved')
    expect(approved.storage?.purgeAfter ?? null).toBeNull()
    expect(approved.moderation?.notes ?? null).toBeNull()
    expect((await logOf(id)).map((row) => row.action)).toEqual(['reject', 'approve'])
  })

  it('takes an approved video down', async () => {
    const { id } = await video('Take me down', { status: 'approved' })
    const response = await api.post<Decided>(
      `/videos/${id}/moderate`,
      { decision: 'reject', notes: 'Reported by a parent.' },
      { token: tokens.moderator },
    )
    expect(response.status, errorText(response.body)).toBe(200)
    expect((await stored(id)).status).toBe('rejected')
    expect((await logOf(id))[0]).toMatchObject({
      action: 'reject',
      fromStatus: 'approved',
      toStatus: 'rejected',
    })
  })

  it('refuses the uploader, a moderator of another site and anonymous callers, and changes nothing', async () => {
    const pending = await video('Not yours to decide')
    // The uploader sees the video but does not moderate it.
    const asUploader = await api.post(
      `/videos/${pending.id}/moderate`,
      { decision: 'approve' },
      { token: tokens.creator },
    )
    expect(asUploader.status).toBe(403)
    // Another site's moderator cannot even see a video waiting for review here.
    expect(
      (
        await api.post(
          `/videos/${pending.id}/moderate`,
          { decision: 'approve' },
          { token: tokens.otherModerator },
        )
      ).status,
    ).toBe(404)
    expect((await api.post(`/videos/${pending.id}/moderate`, { decision: 'approve' })).status).toBe(
      401,
    )
    expect((await stored(pending.id)).status).toBe('pending_review')

    // An approved public video is visible to everyone, but only its own site's moderators take it down.
    const published = await video('Public here', { status: 'approved' })
    const takedown = await api.post(
      `/videos/${published.id}/moderate`,
      { decision: 'reject', notes: 'Not on my site.' },
      { token: tokens.otherModerator },
    )
    expect(takedown.status).toBe(403)
    expect((await stored(published.id)).status).toBe('approved')
    expect(await logOf(pending.id)).toHaveLength(0)
    expect(await logOf(published.id)).toHaveLength(0)
  })

  it('answers 409 naming the status when the decision does not apply, 404 for unknown videos, 400 for bad input', async () => {
    const processing = await video('Still processing', { status: 'processing' })
    const response = await api.post(
      `/videos/${processing.id}/moderate`,
      { decision: 'approve' },
      { token: tokens.moderator },
    )
    expect(response.status).toBe(409)
    expect(errorText(response.body)).toMatch(/processing/)
    const approved = await video('Already approved', { status: 'approved' })
    expect(
      (
        await api.post(
          `/videos/${approved.id}/moderate`,
          { decision: 'approve' },
          { token: tokens.moderator },
        )
      ).status,
    ).toBe(409)

    expect(
      (
        await api.post(
          '/videos/999999/moderate',
          { decision: 'approve' },
          { token: tokens.moderator },
        )
      ).status,
    ).toBe(404)
    expect(
      (
        await api.post(
          `/videos/${processing.id}/moderate`,
          { decision: 'maybe' },
          { token: tokens.moderator },
        )
      ).status,
    ).toBe(400)
    expect((await stored(processing.id)).status).toBe('processing')
  })
})

describe('POST /api/videos/moderate (bulk)', () => {
  it('decides each video on its own: the bad ids fail and change nothing, the others are approved', async () => {
    const first = await video('Bulk one')
    const second = await video('Bulk two')
    const failed = await video('Bulk failed', { status: 'failed' })
    const response = await api.post<Bulk>(
      '/videos/moderate',
      { decision: 'approve', ids: [first.id, failed.id, 999999, second.id] },
      { token: tokens.moderator },
    )
    expect(response.status, errorText(response.body)).toBe(200)
    expect(response.body.results.map(({ id, ok }) => ({ id, ok }))).toEqual([
      { id: first.id, ok: true },
      { id: failed.id, ok: false },
      { id: 999999, ok: false },
      { id: second.id, ok: true },
    ])
    expect(response.body.results[1].error).toMatch(/failed/)
    expect((await stored(first.id)).status).toBe('approved')
    expect((await stored(second.id)).status).toBe('approved')
    expect((await stored(failed.id)).status).toBe('failed')
    expect(await logOf(failed.id)).toHaveLength(0)
    expect(await jobsFor('video.publish', second.id)).toBe(1)
  })

  it('needs notes for a bulk rejection and a list of ids', async () => {
    const pending = await video('Bulk reject')
    expect(
      (
        await api.post(
          '/videos/moderate',
          { decision: 'reject', ids: [pending.id] },
          { token: tokens.moderator },
        )
      ).status,
    ).toBe(400)
    expect(
      (
        await api.post(
          '/videos/moderate',
          { decision: 'approve', ids: [] },
          { token: tokens.moderator },
        )
      ).status,
    ).toBe(400)
    expect(
      (await api.post('/videos/moderate', { decision: 'approve', ids: [pending.id] })).status,
    ).toBe(401)
    const response = await api.post<Bulk>(
      '/videos/moderate',
      { decision: 'reject', ids: [pending.id], notes: 'Blurry.' },
      { token: tokens.creator },
    )
    expect(response.body.results).toEqual([
      { id: pending.id, error: expect.stringMatching(/moderators/), ok: false },
    ])
    expect((await stored(pending.id)).status).toBe('pending_review')
  })
})

describe('POST /api/videos/:id/retry', () => {
  it('sends a failed video back to processing, for its uploader, and logs it', async () => {
    const failed = await video('Broke once', {
      processing: { error: 'ffmpeg crashed', progress: 40 },
      status: 'failed',
    })
    const jobsBefore = await jobsFor('video.process', failed.id)
    const response = await api.post<{ video: Pick<Video, 'id' | 'status'> }>(
      `/videos/${failed.id}/retry`,
      {},
      { token: tokens.creator },
    )
    expect(response.status, errorText(response.body)).toBe(200)
    const after = await stored(failed.id)
    expect(after.status).toBe('uploaded')
    expect(after.processing?.error ?? null).toBeNull()
    expect(await jobsFor('video.process', failed.id)).toBe(jobsBefore + 1)
    const [job] = (
      await (
        await getSender()
      ).findJobs<{ folder: string }>('video.process', { data: { videoId: failed.id } })
    ).slice(-1)
    expect(job.data.folder).toBe(after.storage?.folder)
    expect(await logOf(failed.id)).toMatchObject([
      { action: 'retry', fromStatus: 'failed', moderator: users.creator!.id, toStatus: 'uploaded' },
    ])
  })

  it('retries only failed videos, and only for the uploader and moderators', async () => {
    const pending = await video('Fine as it is')
    expect(
      (await api.post(`/videos/${pending.id}/retry`, {}, { token: tokens.moderator })).status,
    ).toBe(409)
    const failed = await video('Broke again', { status: 'failed' })
    expect(
      (await api.post(`/videos/${failed.id}/retry`, {}, { token: tokens.otherModerator })).status,
    ).toBe(404)
    expect((await api.post(`/videos/${failed.id}/retry`, {})).status).toBe(401)
    expect((await stored(failed.id)).status).toBe('failed')
    expect(
      (await api.post(`/videos/${failed.id}/retry`, {}, { token: tokens.moderator })).status,
    ).toBe(200)
  })
})

describe('comment decisions', () => {
  it('logs a moderator’s approval and rejection of comments made over REST', async () => {
    const { id } = await video('Commented', { status: 'approved' })
    const comment = (body: string) =>
      t.payload.create({
        collection: 'video-comments',
        data: { authorName: 'Grandma', body, site: kids, status: 'pending', video: id },
        overrideAccess: true,
      })
    const kind = await comment('So proud!')
    const rude = await comment('Something rude')
    expect(
      (
        await api.patch(
          `/video-comments/${kind.id}`,
          { status: 'approved' },
          { token: tokens.moderator },
        )
      ).status,
    ).toBe(200)
    expect(
      (
        await api.patch(
          `/video-comments/${rude.id}`,
          { status: 'rejected' },
          { token: tokens.moderator },
        )
      ).status,
    ).toBe(200)
    // The uploader may not decide on comments.
    expect(
      (
        await api.patch(
          `/video-comments/${rude.id}`,
          { status: 'approved' },
          { token: tokens.creator },
        )
      ).status,
    ).toBe(403)

    const log = await logOf(id)
    expect(
      log.map(({ action, comment: logged, moderator, toStatus }) => ({
        action,
        logged,
        moderator,
        toStatus,
      })),
    ).toEqual([
      {
        action: 'approve-comment',
        logged: kind.id,
        moderator: users.moderator!.id,
        toStatus: 'approved',
      },
      {
        action: 'reject-comment',
        logged: rude.id,
        moderator: users.moderator!.id,
        toStatus: 'rejected',
      },
    ])
  })
})

describe('the moderation log', () => {
  it('cannot be written, changed or deleted over REST, even by a super-admin', async () => {
    const { id } = await video('Logged', { status: 'approved' })
    const data = { action: 'approve', site: kids, video: id }
    expect((await api.post('/moderation-log', data, { token: tokens.admin })).status).toBe(403)
    const row = await t.payload.create({
      collection: 'moderation-log',
      data: { ...data, action: 'approve' },
      overrideAccess: true,
    })
    expect(
      (
        await api.patch(
          `/moderation-log/${row.id}`,
          { notes: 'rewritten' },
          { token: tokens.admin },
        )
      ).status,
    ).toBe(403)
    expect((await api.delete(`/moderation-log/${row.id}`, { token: tokens.admin })).status).toBe(
      403,
    )
    // The site's moderators read it; the uploader does not.
    expect(
      (
        await api.get<{ totalDocs: number }>(`/moderation-log?where[video][equals]=${id}`, {
          token: tokens.moderator,
        })
      ).body.totalDocs,
    ).toBe(1)
    expect(
      (
        await api.get<{ totalDocs: number }>(`/moderation-log?where[video][equals]=${id}`, {
          token: tokens.creator,
        })
      ).status,
    ).toBe(403)
  })
})
