import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User, Video } from '@/payload-types'
import { signToken } from '@/src/storage/signedToken'
import { createApi, type Api } from '@/tests/helpers/api'
import { createTestPayload, type TestPayload } from '@/tests/helpers/testPayload'
import { createSuperAdmin, createUser } from '@/tests/helpers/users'
import { createVideoSite } from '@/tests/helpers/videos'
import { stopSender } from '@/plugins/queue/client'
import type { Playback } from '../../playback/resolvePlayback'
import {
  createProcessedVideo,
  makeSmallClip,
  masterPlaylist,
  removeTempDirs,
  renditionPlaylist,
  type StagedFiles,
} from './deliveryFixtures'

type Refusal = { errors: { message: string }[]; passwordRequired?: boolean }

let t: TestPayload
let api: Api
const tokens: Record<'moderator' | 'stranger' | 'uploader', string> = {
  moderator: '',
  stranger: '',
  uploader: '',
}
let uploader: User
const videos: Record<
  'family' | 'locked' | 'open' | 'pending' | 'private',
  { files: StagedFiles; video: Video }
> = {} as never
const shares: Record<'expired' | 'otherVideo' | 'revoked' | 'valid', string> = {} as never

const kidsHost = { host: 'kids.localhost' }
const anonymous = { headers: kidsHost }
const as = (who: keyof typeof tokens) => ({ headers: kidsHost, token: tokens[who] })
const idOf = (name: keyof typeof videos) => videos[name].video.id
const withoutApi = (url: string) => url.replace(/^\/api/, '')

beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  await createSuperAdmin(t.payload)
  const kids = (await createVideoSite(t.payload, 'kids')).id
  await createVideoSite(t.payload, 'other')
  ;({ token: tokens.uploader, user: uploader } = await createUser(
    t.payload,
    'parent@test.local',
    [],
    { [kids]: ['creator'] },
  ))
  ;({ token: tokens.moderator } = await createUser(t.payload, 'moderator@test.local', [], {
    [kids]: ['moderator'],
  }))
  ;({ token: tokens.stranger } = await createUser(t.payload, 'member@test.local', [], {
    [kids]: ['member'],
  }))

  const clip = await makeSmallClip()
  const make = (status: Video['status'], visibility: Video['visibility'], password?: string) =>
    createProcessedVideo(t, { clip, password, site: kids, status, uploader, visibility })
  videos.pending = await make('pending_review', 'public')
  videos.open = await make('approved', 'public')
  videos.private = await make('approved', 'private')
  videos.family = await make('approved', 'family')
  videos.locked = await make('approved', 'public', 'open-sesame')

  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString()
  // `site` is copied from the video by a hook, whatever is sent.
  const share = async (
    video: keyof typeof videos,
    data: { expiresAt?: string; revoked?: boolean } = {},
  ) =>
    (
      await t.payload.create({
        collection: 'video-shares',
        data: { expiresAt: nextWeek, site: kids, video: idOf(video), ...data },
        user: uploader,
      })
    ).token!
  shares.valid = await share('family')
  shares.revoked = await share('family', { revoked: true })
  shares.expired = await share('family', { expiresAt: new Date(Date.now() - 60_000).toISOString() })
  shares.otherVideo = await share('open')
})

afterAll(async () => {
  await stopSender()
  await t?.cleanup()
  removeTempDirs()
})

const playback = (
  name: keyof typeof videos,
  auth: { headers?: Record<string, string>; token?: string } = anonymous,
  query = '',
) => api.get<Playback & Refusal>(`/videos/${idOf(name)}/playback${query}`, auth)

describe('a video waiting for review', () => {
  it('does not exist for anyone but its uploader and the site’s moderators', async () => {
    const id = idOf('pending')
    expect((await playback('pending')).status).toBe(404)
    expect((await playback('pending', as('stranger'))).status).toBe(404)
    expect((await api.get(`/videos/${id}/stream/public/master.m3u8`, anonymous)).status).toBe(404)
    // Even a correctly signed token: only managers watch what is not approved.
    expect(
      (await api.get(`/videos/${id}/stream/${signToken(`video:${id}`)}/master.m3u8`, anonymous))
        .status,
    ).toBe(404)
    expect((await api.get(`/videos/${id}/thumbnail`, anonymous)).status).toBe(404)
    expect((await api.get(`/videos/${id}/previews/1`, anonymous)).status).toBe(404)
  })

  it('plays for its uploader and a moderator, through a signed URL', async () => {
    for (const who of ['uploader', 'moderator'] as const) {
      const { body, status } = await playback('pending', as(who))
      expect(status, who).toBe(200)
      expect(body.src).toMatch(
        new RegExp(`^/api/videos/${idOf('pending')}/stream/\\d+\\.[\\w-]{43}/master\\.m3u8$`),
      )
      const master = await api.get(withoutApi(body.src), as(who))
      expect(master.status).toBe(200)
      expect(master.body).toBe(masterPlaylist)
    }
  })

  it('shows its thumbnail in the admin, signed in by cookie', async () => {
    const cookie = { headers: { cookie: `payload-token=${tokens.moderator}` } }
    const response = await api.get(`/videos/${idOf('pending')}/thumbnail`, cookie)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/jpeg')
    expect(Number(response.headers.get('content-length'))).toBe(
      videos.pending.files.thumbnail.length,
    )
    expect(response.headers.get('cache-control')).toMatch(/^private/)
  })
})

describe('an approved public video', () => {
  it('gives anyone cacheable URLs that never expire', async () => {
    const id = idOf('open')
    const { body, status } = await playback('open')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      expiresAt: null,
      previews: [`/api/videos/${id}/previews/1`],
      renditions: [{ height: 240, width: 320 }],
      src: `/api/videos/${id}/stream/public/master.m3u8`,
      thumbnail: `/api/videos/${id}/thumbnail`,
    })
    expect(body.duration).toBeCloseTo(1, 0)

    const master = await api.get(withoutApi(body.src), anonymous)
    expect(master.status).toBe(200)
    expect(master.body).toBe(masterPlaylist)
    expect(master.headers.get('content-type')).toBe('application/vnd.apple.mpegurl')
    expect(master.headers.get('cache-control')).toBe('public, max-age=60')

    const playlist = await api.get(`/videos/${id}/stream/public/240p/index.m3u8`, anonymous)
    expect(playlist.body).toBe(renditionPlaylist)
    const segment = await api.get(`/videos/${id}/stream/public/240p/seg-000.ts`, anonymous)
    expect(segment.status).toBe(200)
    expect(segment.body).toBe(videos.open.files.segment)
    expect(segment.headers.get('content-type')).toBe('video/mp2t')
    expect(segment.headers.get('cache-control')).toBe('public, max-age=604800, immutable')

    const thumbnail = await api.get(withoutApi(body.thumbnail!), anonymous)
    expect(thumbnail.status).toBe(200)
    expect(thumbnail.headers.get('content-type')).toBe('image/jpeg')
    expect(thumbnail.headers.get('cache-control')).toBe('public, max-age=300')
    expect((await api.get(withoutApi(body.previews[0]), anonymous)).status).toBe(200)
  })

  it('refuses a forged, an expired, or another video’s token', async () => {
    const id = idOf('open')
    const forged = `9999999999.${'A'.repeat(43)}`
    for (const token of [
      forged,
      signToken(`video:${id}`, -10),
      signToken(`video:${idOf('private')}`),
      'PUBLIC',
    ]) {
      const response = await api.get<Refusal>(
        `/videos/${id}/stream/${token}/240p/seg-000.ts`,
        anonymous,
      )
      expect(response.status, token).toBe(403)
      expect(response.body.errors[0].message).toMatch(/expired/)
    }
  })

  it('answers a Range request with exactly those bytes', async () => {
    const { segment } = videos.open.files
    const response = await api.get(`/videos/${idOf('open')}/stream/public/240p/seg-000.ts`, {
      headers: { ...kidsHost, range: 'bytes=100-1099' },
    })
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe(`bytes 100-1099/${segment.length}`)
    expect(response.headers.get('content-length')).toBe('1000')
    expect(response.body).toBe(segment.slice(100, 1100))
  })

  it('serves only the files of the HLS layout, whatever the encoding of the name', async () => {
    const id = idOf('open')
    const tricks = [
      '..%2F..%2Foriginal.mp4',
      '..%2Foriginal.mp4',
      'master.m3u8%00',
      'master.m3u8%00.jpg',
      'hls%2Fmaster.m3u8',
      'thumbnail.jpg',
      'original.mp4',
      '240p/..%2F..%2Foriginal.mp4',
      '..%2F240p/index.m3u8',
      '%2e%2e/original.mp4',
      '240p/%2e%2e%2f%2e%2e%2foriginal.mp4',
      '240p/seg-000.ts%00',
      '240p/seg-1.ts',
      '240p/index.m3u8%2F..',
      'abc/index.m3u8',
    ]
    for (const trick of tricks) {
      const response = await api.get(`/videos/${id}/stream/public/${trick}`, anonymous)
      expect(response.status, trick).toBe(404)
    }
    for (const trick of ['0', '2', '-1', '1%2F..', '%2e%2e%2f1']) {
      expect((await api.get(`/videos/${id}/previews/${trick}`, anonymous)).status, trick).toBe(404)
    }
  })
})

describe('a private video', () => {
  it('is refused to anyone else, with the reason', async () => {
    const id = idOf('private')
    const refused = await playback('private')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/private/)
    expect((await playback('private', as('stranger'))).status).toBe(403)
    expect((await api.get(`/videos/${id}/stream/public/master.m3u8`, anonymous)).status).toBe(403)
    expect((await api.get(`/videos/${id}/thumbnail`, anonymous)).status).toBe(404)
  })

  it('plays for its uploader and a moderator through signed URLs a player fetches without a session', async () => {
    for (const who of ['uploader', 'moderator'] as const) {
      const { body, status } = await playback('private', as(who))
      expect(status, who).toBe(200)
      const expires = Date.parse(body.expiresAt!)
      expect(expires - Date.now()).toBeGreaterThan(3500_000)
      expect(expires - Date.now()).toBeLessThanOrEqual(3600_000)
      const token = body.src.split('/')[5]
      const master = await api.get(withoutApi(body.src), anonymous)
      expect(master.status).toBe(200)
      expect(master.headers.get('cache-control')).toBe('private, no-store')
      const segment = await api.get(
        `/videos/${idOf('private')}/stream/${token}/240p/seg-000.ts`,
        anonymous,
      )
      expect(segment.body).toBe(videos.private.files.segment)
      expect(segment.headers.get('cache-control')).toMatch(/^private/)
      expect(body.thumbnail).toBe(`/api/videos/${idOf('private')}/thumbnail?token=${token}`)
      expect((await api.get(withoutApi(body.thumbnail!), anonymous)).status).toBe(200)
    }
  })
})

describe('family share links', () => {
  it('let whoever holds a valid one watch', async () => {
    const { body, status } = await playback('family', anonymous, `?share=${shares.valid}`)
    expect(status).toBe(200)
    expect(body.src).not.toContain('/public/')
    expect((await api.get(withoutApi(body.src), anonymous)).status).toBe(200)
    expect(
      (await api.get(`/videos/${idOf('family')}/thumbnail?share=${shares.valid}`, anonymous))
        .status,
    ).toBe(200)
    // The share may also come in a POST body.
    expect(
      (await api.post(`/videos/${idOf('family')}/playback`, { share: shares.valid }, anonymous))
        .status,
    ).toBe(200)
  })

  it('refuse a revoked, an expired, or another video’s link', async () => {
    for (const share of [shares.revoked, shares.expired, shares.otherVideo, 'made-up']) {
      const response = await playback('family', anonymous, `?share=${share}`)
      expect(response.status, share).toBe(403)
      expect(response.body.errors[0].message).toMatch(/expired or was revoked/)
      expect(
        (await api.get(`/videos/${idOf('family')}/thumbnail?share=${share}`, anonymous)).status,
      ).toBe(404)
    }
    expect((await playback('family')).status).toBe(403)
  })
})

describe('a password', () => {
  it('is asked for, checked, and then the video plays', async () => {
    const missing = await playback('locked')
    expect(missing.status).toBe(401)
    expect(missing.body.passwordRequired).toBe(true)
    const wrong = await api.post<Refusal>(
      `/videos/${idOf('locked')}/playback`,
      { password: 'open-barley' },
      anonymous,
    )
    expect(wrong.status).toBe(401)
    expect(wrong.body).toMatchObject({
      errors: [{ message: 'The password is not correct.' }],
      passwordRequired: true,
    })

    const right = await api.post<Playback>(
      `/videos/${idOf('locked')}/playback`,
      { password: 'open-sesame' },
      anonymous,
    )
    expect(right.status).toBe(200)
    expect(right.body.src).not.toContain('/public/')
    expect((await api.get(withoutApi(right.body.src), anonymous)).body).toBe(masterPlaylist)
  })

  it('is not skipped with the public token, nor sent in a malformed body', async () => {
    const id = idOf('locked')
    expect((await api.get(`/videos/${id}/stream/public/master.m3u8`, anonymous)).status).toBe(401)
    expect((await api.get(`/videos/${id}/thumbnail`, anonymous)).status).toBe(404)
    expect((await api.post(`/videos/${id}/playback`, { password: 1234 }, anonymous)).status).toBe(
      400,
    )
    expect((await api.post(`/videos/${id}/playback`, ['open-sesame'], anonymous)).status).toBe(400)
  })
})

describe('another site', () => {
  it('never sees the video, whoever asks', async () => {
    const id = idOf('open')
    const otherHost = { host: 'other.localhost' }
    for (const auth of [{ headers: otherHost }, { headers: otherHost, token: tokens.uploader }]) {
      expect((await api.get(`/videos/${id}/playback`, auth)).status).toBe(404)
      expect((await api.get(`/videos/${id}/stream/public/master.m3u8`, auth)).status).toBe(404)
      expect((await api.get(`/videos/${id}/thumbnail`, auth)).status).toBe(404)
    }
    expect((await api.get(`/videos/${id}/playback?site=other`, anonymous)).status).toBe(404)
  })
})
