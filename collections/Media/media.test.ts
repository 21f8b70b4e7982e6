import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../payload-types'
import { IMMUTABLE_SECONDS, UNVERSIONED_SECONDS } from './fileCaching'
import { createApi, type Api } from '../../tests/helpers/api'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createTestMedia, filesIn, testPng, uploadForm } from '../../tests/helpers/upload'
import { createStaff } from '../../tests/helpers/users'

let t: TestPayload
let api: Api
let editorToken: string
beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  const staff = await createStaff(t.payload)
  editorToken = staff.editor.token
})
afterAll(async () => t?.cleanup())

/** `/api/media/file/x.png?v=…` (or the same with SERVER_URL in front) → `/media/file/x.png?v=…`. */
const apiPath = (url: string) => {
  const parsed = new URL(url, 'http://localhost')
  return `${parsed.pathname.replace(/^\/api/, '')}${parsed.search}`
}

/** Source 2400×1600 (3:2): sizes with only a width keep the ratio, the two with both sides crop. */
const expectedSizes = {
  large: { height: 933, width: 1400 },
  medium: { height: 600, width: 900 },
  og: { height: 630, width: 1200 },
  small: { height: 400, width: 600 },
  square: { height: 500, width: 500 },
  thumbnail: { height: 200, width: 300 },
  xlarge: { height: 1280, width: 1920 },
} as const

describe('media uploads', () => {
  it('stores the original and seven WebP sizes with the right dimensions, and the focal point', async () => {
    const response = await api.postForm<{ doc: Media }>(
      '/media',
      uploadForm(await testPng(2400, 1600), 'poster.png', 'image/png', {
        alt: 'A poster',
        focalX: 30,
        focalY: 70,
      }),
      { token: editorToken },
    )
    expect(response.status).toBe(201)
    const doc = response.body.doc
    expect(doc).toMatchObject({
      filename: 'poster.png',
      focalX: 30,
      focalY: 70,
      height: 1600,
      mimeType: 'image/png',
      width: 2400,
    })
    expect(fs.existsSync(path.join(t.mediaDir, 'poster.png'))).toBe(true)

    for (const [name, expected] of Object.entries(expectedSizes)) {
      const size = doc.sizes?.[name as keyof typeof expectedSizes]
      expect(size, name).toMatchObject({ ...expected, mimeType: 'image/webp' })
      const file = path.join(t.mediaDir, size?.filename ?? '')
      const metadata = await sharp(file).metadata()
      expect(
        { format: metadata.format, height: metadata.height, width: metadata.width },
        name,
      ).toEqual({ format: 'webp', ...expected })
    }

    const stored = await t.payload.findByID({ id: doc.id, collection: 'media' })
    expect([stored.focalX, stored.focalY]).toEqual([30, 70])
  })

  it('creates, updates and deletes media through the Local API, removing its files', async () => {
    const { doc: media } = await createTestMedia(t.payload, {
      name: 'local.png',
      alt: 'Local upload',
      height: 600,
      site: t.siteId,
      width: 800,
    })
    const ownFiles = () => filesIn(t.mediaDir).filter((file) => file.startsWith('local'))
    // Sizes larger than an 800×600 source are skipped rather than upscaled.
    expect(ownFiles()).toHaveLength(4)
    expect(
      Object.entries(media.sizes ?? {})
        .filter(([, size]) => size?.filename)
        .map(([name]) => name)
        .sort(),
    ).toEqual(['small', 'square', 'thumbnail'])

    const updated = await t.payload.update({
      id: media.id,
      collection: 'media',
      data: { alt: 'Renamed alt', site: t.siteId },
    })
    expect(updated.alt).toBe('Renamed alt')

    await t.payload.delete({ id: media.id, collection: 'media' })
    expect(ownFiles()).toEqual([])
  })

  it('serves the stored file back over REST', async () => {
    const { doc: media } = await createTestMedia(t.payload, {
      name: 'served.png',
      alt: 'Served',
      height: 300,
      site: t.siteId,
      width: 400,
    })
    const response = await api.get<string>(`/media/file/${media.filename}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
  })

  it('serves a file cached for good at the version its URL carries, and briefly without it', async () => {
    const { data, doc: media } = await createTestMedia(t.payload, {
      name: 'cached.png',
      alt: 'Cached',
      height: 300,
      site: t.siteId,
      width: 400,
    })
    expect(media.url).toMatch(/^(https?:\/\/[^/]+)?\/api\/media\/file\/cached\.png\?v=[\w-]+$/)
    const versioned = await api.getBytes(apiPath(media.url!))
    expect(versioned.status).toBe(200)
    expect(versioned.body.equals(data)).toBe(true)
    expect(versioned.headers.get('cache-control')).toBe(
      `public, max-age=${IMMUTABLE_SECONDS}, immutable`,
    )
    expect((await api.getBytes('/media/file/cached.png')).headers.get('cache-control')).toBe(
      `public, max-age=${UNVERSIONED_SECONDS}`,
    )
    expect(
      (await api.getBytes(apiPath(media.url!), { token: editorToken })).headers.get(
        'cache-control',
      ),
    ).toBe(`private, max-age=${IMMUTABLE_SECONDS}, immutable`)
    const missing = await api.getBytes('/media/file/not-there.png')
    expect(missing.status).toBeGreaterThanOrEqual(400)
    expect(missing.headers.get('cache-control') ?? '').not.toMatch(/max-age/)
  })

  it('re-crops the sizes under the same names for a new focal point, and gives them new URLs', async () => {
    const { doc: media } = await createTestMedia(t.payload, {
      name: 'refocus.png',
      alt: 'Refocused',
      height: 800,
      site: t.siteId,
      width: 1200,
    })
    const square = media.sizes!.square!
    const before = fs.readFileSync(path.join(t.mediaDir, square.filename!))

    // What the admin's focal point editor sends.
    const response = await api.patch<{ doc: Media }>(
      `/media/${media.id}?uploadEdits[focalPoint][x]=5&uploadEdits[focalPoint][y]=5`,
      {},
      { token: editorToken },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const refocused = response.body.doc.sizes!.square!
    expect(refocused.filename).toBe(square.filename)
    expect(fs.readFileSync(path.join(t.mediaDir, square.filename!)).equals(before)).toBe(false)
    expect(refocused.url).not.toBe(square.url)
    expect((await api.getBytes(apiPath(square.url!))).headers.get('cache-control')).toBe(
      `public, max-age=${UNVERSIONED_SECONDS}`,
    )
    expect((await api.getBytes(apiPath(refocused.url!))).headers.get('cache-control')).toBe(
      `public, max-age=${IMMUTABLE_SECONDS}, immutable`,
    )
  })
})
