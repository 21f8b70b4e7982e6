import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createApi, errorPaths, errorText, type Api } from '../../tests/helpers/api'
import { decompressionBombPng } from '../../tests/helpers/decompressionBomb'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { filesIn, testPng, uploadForm } from '../../tests/helpers/upload'
import { createStaff } from '../../tests/helpers/users'

const UPLOAD_MAX_BYTES = 200_000

let t: TestPayload
let api: Api
let editorToken: string
beforeAll(async () => {
  // Read by payload.config.ts at import, so it is set before boot and holds for this file only.
  t = await createTestPayload({ env: { UPLOAD_MAX_BYTES: String(UPLOAD_MAX_BYTES) } })
  api = createApi(t.config)
  const staff = await createStaff(t.payload)
  editorToken = staff.editor.token
})
afterAll(async () => t?.cleanup())

const upload = (file: Buffer, filename: string, mimeType: string) =>
  api.postForm('/media', uploadForm(file, filename, mimeType, { alt: 'Should not be stored' }), {
    token: editorToken,
  })

/** Every refused upload leaves no document and no file behind. */
beforeEach(async () => {
  expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(0)
  expect(filesIn(t.mediaDir)).toEqual([])
  return async () => {
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(0)
    expect(filesIn(t.mediaDir)).toEqual([])
  }
})

describe('refused uploads', () => {
  it('refuses a file over UPLOAD_MAX_BYTES with 413', async () => {
    const noise = await sharp({
      create: {
        background: '#000',
        channels: 3,
        height: 600,
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
        width: 600,
      },
    })
      .png()
      .toBuffer()
    expect(noise.length).toBeGreaterThan(UPLOAD_MAX_BYTES)
    const response = await upload(noise, 'noise.png', 'image/png')
    expect(response.status).toBe(413)
    expect(errorText(response.body)).toMatch(/limit|large/i)
  })

  it('refuses a text file named .png, naming `file`', async () => {
    const response = await upload(
      Buffer.from('just some words, not a picture\n'),
      'notes.png',
      'image/png',
    )
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('file')
  })

  it('refuses an SVG, which can carry script', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    )
    const response = await upload(svg, 'logo.svg', 'image/svg+xml')
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('file')
  })

  it('refuses a decompression bomb from its header, naming `file` and the pixel count', async () => {
    const bomb = decompressionBombPng(20_000, 20_000)
    expect(bomb.length).toBeLessThan(UPLOAD_MAX_BYTES)
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({
      height: 20_000,
      width: 20_000,
    })

    const response = await upload(bomb, 'huge.png', 'image/png')
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('file')
    expect(errorText(response.body)).toContain(
      'Image is 20000×20000 (400,000,000 pixels); the limit is 50,000,000 pixels.',
    )
  })

  it('still accepts a normal image after all that', async () => {
    const response = await upload(await testPng(640, 480), 'fine.png', 'image/png')
    expect(response.status).toBe(201)
    // Leave the folder as the other tests expect it.
    const { docs } = await t.payload.find({ collection: 'media' })
    await t.payload.delete({
      collection: 'media',
      where: { id: { in: docs.map((doc) => doc.id) } },
    })
  })
})
