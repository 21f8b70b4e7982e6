/**
 * Nothing unapproved reaches anyone but its uploader and its site's moderators: the same answer
 * from REST, GraphQL, the Local API and the file URL, for every kind of caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User, Video } from '../../payload-types'
import { stopSender } from '../../src/queue/sender'
import { createApi, type Api } from '../../tests/helpers/api'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createSuperAdmin, createUser } from '../../tests/helpers/users'
import { createVideoSite } from '../../tests/helpers/videos'
import {
  createProcessedVideo,
  makeSmallClip,
  removeTempDirs,
} from './endpoints/delivery/deliveryFixtures'

let t: TestPayload
let api: Api
const users: Record<string, { token?: string; user?: User }> = { anonymous: {} }
const videos: Record<string, Video> = {}

beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  users.superAdmin = await createSuperAdmin(t.payload)
  const kids = (await createVideoSite(t.payload, 'kids')).id
  const other = (await createVideoSite(t.payload, 'other')).id
  users.uploader = await createUser(t.payload, 'parent@test.local', [], { [kids]: ['creator'] })
  users.otherParent = await createUser(t.payload, 'other-parent@test.local', [], {
    [kids]: ['creator'],
  })
  users.member = await createUser(t.payload, 'member@test.local', [], { [kids]: ['member'] })
  users.moderator = await createUser(t.payload, 'moderator@test.local', [], {
    [kids]: ['moderator'],
  })
  users.otherModerator = await createUser(t.payload, 'other-moderator@test.local', [], {
    [other]: ['moderator'],
  })
  const clip = await makeSmallClip()
  const make = (
    status: Video['status'],
    visibility: Video['visibility'],
    site = kids,
    uploader = users.uploader.user!,
  ) =>
    createProcessedVideo(t, { clip, site, status, uploader, visibility }).then(({ video }) => video)
  videos.pending = await make('pending_review', 'public')
  videos.rejected = await make('rejected', 'public')
  videos.failed = await make('failed', 'public')
  videos.privateApproved = await make('approved', 'private')
  videos.publicApproved = await make('approved', 'public')
  videos.otherSitePublic = await make('approved', 'public', other, users.otherModerator.user!)
})

afterAll(async () => {
  await stopSender()
  await t?.cleanup()
  removeTempDirs()
})

const all = [
  'pending',
  'rejected',
  'failed',
  'privateApproved',
  'publicApproved',
  'otherSitePublic',
]
const everyVideo = () => all
const readable: Record<string, string[]> = {
  anonymous: ['publicApproved', 'otherSitePublic'],
  member: ['publicApproved', 'otherSitePublic'],
  moderator: everyVideo(),
  otherModerator: ['publicApproved', 'otherSitePublic'],
  otherParent: ['publicApproved', 'otherSitePublic'],
  superAdmin: everyVideo(),
  // Their own, in every state, and the other site's public one.
  uploader: everyVideo(),
}
const kidsVideos = all.filter((name) => name !== 'otherSitePublic')
/** Whose originals each may download: everyone else watches renditions through the playback endpoints. */
const managed: Record<string, string[]> = {
  anonymous: [],
  member: [],
  moderator: kidsVideos,
  otherModerator: ['otherSitePublic'],
  otherParent: [],
  superAdmin: everyVideo(),
  uploader: kidsVideos,
}
const names = (ids: number[]) =>
  everyVideo()
    .filter((name) => ids.includes(videos[name].id))
    .sort()

describe.each(Object.keys(readable))('%s', (who) => {
  const expected = () => [...readable[who]].sort()
  const token = () => users[who].token

  it('REST lists exactly what they may see', async () => {
    const { body } = await api.get<{ docs: Video[] }>('/videos?limit=100&depth=0', {
      token: token(),
    })
    expect(names(body.docs.map((doc) => doc.id))).toEqual(expected())
  })

  it('GraphQL agrees', async () => {
    const { body } = await api.graphql<{ Videos: { docs: { id: number }[] } }>(
      '{ Videos(limit: 100) { docs { id } } }',
      {},
      { token: token() },
    )
    expect(names(body.data!.Videos.docs.map((doc) => doc.id))).toEqual(expected())
  })

  it('the Local API with overrideAccess: false agrees', async () => {
    const { docs } = await t.payload.find({
      collection: 'videos',
      depth: 0,
      limit: 100,
      overrideAccess: false,
      user: users[who].user ?? null,
    })
    expect(names(docs.map((doc) => doc.id))).toEqual(expected())
  })

  it('the original file is served only to the video’s managers (uploader, its site’s moderators, global writers)', async () => {
    for (const name of everyVideo()) {
      const response = await api.get(`/videos/file/${encodeURIComponent(videos[name].filename!)}`, {
        token: token(),
      })
      expect([name, response.status]).toEqual([name, managed[who].includes(name) ? 200 : 403])
    }
  })
})

describe('through a site’s host', () => {
  it('lists only that site’s public videos, to anyone', async () => {
    const { body } = await api.get<{ docs: Video[] }>('/videos?limit=100&depth=0', {
      headers: { host: 'other.localhost:3000' },
    })
    expect(names(body.docs.map((doc) => doc.id))).toEqual(['otherSitePublic'])
    const kids = await api.get<{ docs: Video[] }>('/videos?limit=100&depth=0', {
      headers: { host: 'kids.localhost:3000' },
    })
    expect(names(kids.body.docs.map((doc) => doc.id))).toEqual(['publicApproved'])
  })

  it('never lets an uploader’s own unapproved video out through another site', async () => {
    const { body } = await api.get<{ docs: Video[] }>('/videos?limit=100&depth=0', {
      headers: { host: 'other.localhost:3000' },
      token: users.uploader.token,
    })
    expect(names(body.docs.map((doc) => doc.id))).toEqual(['otherSitePublic'])
  })
})

describe('who changes what', () => {
  it('nobody sets status or moderation fields through the API, not even the uploader', async () => {
    const response = await api.patch(
      `/videos/${videos.pending.id}`,
      { moderation: { notes: 'self-approved' }, status: 'approved' },
      { token: users.uploader.token },
    )
    expect(response.status).toBe(200)
    const after = await t.payload.findByID({
      id: videos.pending.id,
      collection: 'videos',
      overrideAccess: true,
    })
    expect(after.status).toBe('pending_review')
    expect(after.moderation?.notes ?? null).toBeNull()
  })

  it('another parent cannot edit or delete someone else’s video', async () => {
    expect(
      (
        await api.patch(
          `/videos/${videos.publicApproved.id}`,
          { title: 'Mine now' },
          { token: users.otherParent.token },
        )
      ).status,
    ).toBe(403)
    expect(
      (await api.delete(`/videos/${videos.publicApproved.id}`, { token: users.otherParent.token }))
        .status,
    ).toBe(403)
  })
})
