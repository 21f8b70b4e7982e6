import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../payload-types'
import { createApi, type Api } from '../../tests/helpers/api'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { filesIn, testPng, uploadForm } from '../../tests/helpers/upload'
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
      uploadForm(await testPng(2400, 1600), 'poster.png', 'image/png', { alt: 'A poster', focalX: 30, focalY: 70 }),
      { token: editorToken },
    )
    expect(response.status).toBe(201)
    const doc = response.body.doc
    expect(doc).toMatchObject({ filename: 'poster.png', focalX: 30, focalY: 70, height: 1600, mimeType: 'image/png', width: 2400 })
    expect(fs.existsSync(path.join(t.mediaDir, 'poster.png'))).toBe(true)

    for (const [name, expected] of Object.entries(expectedSizes)) {
      const size = doc.sizes?.[name as keyof typeof expectedSizes]
      expect(size, name).toMatchObject({ ...expected, mimeType: 'image/webp' })
      const file = path.join(t.mediaDir, size?.filename ?? '')
      const metadata = await sharp(file).metadata()
      expect({ format: metadata.format, height: metadata.height, width: metadata.width }, name).toEqual({ format: 'webp', ...expected })
    }

    const stored = await t.payload.findByID({ collection: 'media', id: doc.id })
    expect([stored.focalX, stored.focalY]).toEqual([30, 70])
  })

  it('creates, updates and deletes media through the Local API, removing its files', async () => {
    const data = await testPng(800, 600)
    const media = await t.payload.create({
      collection: 'media',
      data: { site: t.siteId, alt: 'Local upload' },
      file: { data, mimetype: 'image/png', name: 'local.png', size: data.length },
    })
    const ownFiles = () => filesIn(t.mediaDir).filter((file) => file.startsWith('local'))
    // Sizes larger than an 800×600 source are skipped rather than upscaled.
    expect(ownFiles()).toHaveLength(4)
    expect(Object.entries(media.sizes ?? {}).filter(([, size]) => size?.filename).map(([name]) => name).sort()).toEqual([
      'small',
      'square',
      'thumbnail',
    ])

    const updated = await t.payload.update({ collection: 'media', data: { site: t.siteId, alt: 'Renamed alt' }, id: media.id })
    expect(updated.alt).toBe('Renamed alt')

    await t.payload.delete({ collection: 'media', id: media.id })
    expect(ownFiles()).toEqual([])
  })

  it('serves the stored file back over REST', async () => {
    const data = await testPng(400, 300)
    const media = await t.payload.create({
      collection: 'media',
      data: { site: t.siteId, alt: 'Served' },
      file: { data, mimetype: 'image/png', name: 'served.png', size: data.length },
    })
    const response = await api.get<string>(`/media/file/${media.filename}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
  })
})
