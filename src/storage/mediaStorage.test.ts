import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { IMMUTABLE_SECONDS, UNVERSIONED_SECONDS } from '../../collections/Media/fileCaching'
import type { Media } from '../../payload-types'
import { createApi, errorPaths, errorText, type Api } from '../../tests/helpers/api'
import { decompressionBombPng } from '../../tests/helpers/decompressionBomb'
import {
  type FaultyS3,
  startFaultyProxy,
  startS3rver,
  type TestS3,
} from '../../tests/helpers/s3rver'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createTestMedia, filesIn, testPng, uploadForm } from '../../tests/helpers/upload'
import { createUser } from '../../tests/helpers/users'

let s3: TestS3
let proxy: FaultyS3
let t: TestPayload
let api: Api
let editorToken: string
beforeAll(async () => {
  s3 = await startS3rver({ prefix: 'prism' })
  // Passes everything through, until a test makes the bucket refuse a write.
  proxy = await startFaultyProxy(s3)
  // S3_* is read when the config is built: this file's own config keeps media in the bucket.
  t = await createTestPayload({ env: proxy.env, ownConfig: true })
  api = createApi(t.config)
  await createUser(t.payload, 'admin@test.local', ['super-admin'])
  editorToken = (await createUser(t.payload, 'editor@test.local', ['editor'])).token
})
afterAll(async () => {
  await t?.cleanup()
  await proxy?.stop()
  await s3?.stop()
})

/** Where a media file lands: the bucket's prefix, then the delivery tier's media folder. */
const keyOf = (filename: string) => `prism/delivery/media/${filename}`
const filenamesOf = (doc: Media) => [
  doc.filename!,
  ...Object.values(doc.sizes ?? {}).flatMap((size) => (size?.filename ? [size.filename] : [])),
]
const keysOf = (doc: Media) => filenamesOf(doc).map(keyOf).sort()
/** Upload temp files (`useTempFiles`) of this file's Payload. */
const tempFiles = () => filesIn(path.join(t.dataDir, 'tmp'))
/** `/api/media/file/x.png?v=…` → `/media/file/x.png?v=…`, as the API helper takes paths. */
const apiPath = (url: string) => {
  const parsed = new URL(url, 'http://localhost')
  return `${parsed.pathname.replace(/^\/api/, '')}${parsed.search}`
}
const immutable = (scope: string) => `${scope}, max-age=${IMMUTABLE_SECONDS}, immutable`
const brief = (scope: string) => `${scope}, max-age=${UNVERSIONED_SECONDS}`

const createMedia = (name: string, width: number, height: number) =>
  createTestMedia(t.payload, { name, alt: name, height, site: t.siteId, width })

describe('image media in S3', () => {
  let poster: Media
  let posterBytes: Buffer

  it('stores a Local API upload in the bucket, the original and its seven sizes, and nothing on disk', async () => {
    ;({ data: posterBytes, doc: poster } = await createMedia('poster.png', 2400, 1600))

    expect(await s3.keys()).toEqual(keysOf(poster))
    expect(filenamesOf(poster)).toHaveLength(8)
    expect(await s3.read(keyOf('poster.png'))).toEqual(posterBytes)
    for (const size of Object.values(poster.sizes ?? {})) {
      const metadata = await sharp((await s3.read(keyOf(size!.filename!)))!).metadata()
      expect({ format: metadata.format, height: metadata.height, width: metadata.width }).toEqual({
        format: 'webp',
        height: size!.height,
        width: size!.width,
      })
    }
    expect(filesIn(t.mediaDir)).toEqual([])
    // Served by Payload (access control), never a bucket URL.
    expect(new URL(poster.url!, 'http://localhost').pathname).toBe('/api/media/file/poster.png')
  })

  it('stores a signed-in editor’s REST upload the same way, leaving no temp file', async () => {
    const before = await s3.keys()
    const response = await api.postForm<{ doc: Media }>(
      '/media',
      uploadForm(await testPng(1000, 800), 'banner.png', 'image/png', { alt: 'A banner' }),
      {
        token: editorToken,
      },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const banner = response.body.doc
    expect(await s3.keys()).toEqual([...before, ...keysOf(banner)].sort())
    expect(filesIn(t.mediaDir)).toEqual([])
    expect(tempFiles()).toEqual([])
  })

  it('serves a file through Payload with its bytes, cached for good at its current version and briefly otherwise', async () => {
    const current = await api.getBytes(apiPath(poster.url!))
    expect(current.status).toBe(200)
    expect(current.body.equals(posterBytes)).toBe(true)
    expect(current.headers.get('content-type')).toBe('image/png')
    expect(current.headers.get('cache-control')).toBe(immutable('public'))

    const thumbnail = await api.getBytes(apiPath(poster.sizes!.thumbnail!.url!))
    expect(thumbnail.status).toBe(200)
    expect(thumbnail.body.equals((await s3.read(keyOf(poster.sizes!.thumbnail!.filename!)))!)).toBe(
      true,
    )
    expect(thumbnail.headers.get('content-type')).toBe('image/webp')
    expect(thumbnail.headers.get('cache-control')).toBe(immutable('public'))

    // A URL without the version (hand-written, or an old link) may change under its name.
    const unversioned = await api.getBytes('/media/file/poster.png')
    expect(unversioned.status).toBe(200)
    expect(unversioned.headers.get('cache-control')).toBe(brief('public'))

    const range = await api.getBytes(apiPath(poster.url!), { headers: { Range: 'bytes=0-99' } })
    expect(range.status).toBe(206)
    expect(range.body.equals(posterBytes.subarray(0, 100))).toBe(true)
    expect(range.headers.get('cache-control')).toBe(immutable('public'))
  })

  it('keeps a signed-in reader’s copy out of shared caches', async () => {
    const signedIn = await api.getBytes(apiPath(poster.url!), { token: editorToken })
    expect(signedIn.status).toBe(200)
    expect(signedIn.headers.get('cache-control')).toBe(immutable('private'))
  })

  it('keeps the file URLs when only the text of the document changes, so caches stay warm', async () => {
    const edited = await t.payload.update({
      id: poster.id,
      collection: 'media',
      data: { alt: 'A poster, described better' },
    })
    expect(edited.url).toBe(poster.url)
    expect((await api.getBytes(apiPath(edited.url!))).headers.get('cache-control')).toBe(
      immutable('public'),
    )
  })

  it('answers 404 for a file that is not there, without caching the miss', async () => {
    const missing = await api.getBytes('/media/file/nothing-here.png?v=abc')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control') ?? '').not.toMatch(/max-age|immutable/)
  })

  it('removes a deleted document’s files from the bucket', async () => {
    const others = (await s3.keys()).filter((key) => !keysOf(poster).includes(key))
    const response = await api.delete(`/media/${poster.id}`, { token: editorToken })
    expect(response.status).toBe(200)
    expect(await s3.keys()).toEqual(others)
    expect((await api.getBytes('/media/file/poster.png')).status).toBe(404)
  })

  it('gives an image uploaded again under a freed name a new URL, so caches never show the old one', async () => {
    const oldUrl = poster.url!
    const { data, doc: again } = await createMedia('poster.png', 1200, 900)
    expect(again.filename).toBe('poster.png')
    expect(again.url).not.toBe(oldUrl)
    const current = await api.getBytes(apiPath(again.url!))
    expect(current.body.equals(data)).toBe(true)
    expect(current.headers.get('cache-control')).toBe(immutable('public'))
    // Whoever still links the old URL gets the new bytes, and only for a while.
    expect((await api.getBytes(apiPath(oldUrl))).headers.get('cache-control')).toBe(brief('public'))
  })

  describe('uploads that are refused or fail leave nothing behind', () => {
    let before: string[]
    const upload = (file: Buffer, filename: string, mimeType: string) =>
      api.postForm(
        '/media',
        uploadForm(file, filename, mimeType, { alt: 'Should not be stored' }),
        { token: editorToken },
      )
    const expectNothingLeft = async () => {
      expect(await s3.keys()).toEqual(before)
      expect(
        (
          await t.payload.count({
            collection: 'media',
            where: { alt: { equals: 'Should not be stored' } },
          })
        ).totalDocs,
      ).toBe(0)
      expect(filesIn(t.mediaDir)).toEqual([])
      expect(tempFiles()).toEqual([])
    }
    beforeAll(async () => {
      before = await s3.keys()
    })

    it('refuses a text file named .png with a 400 naming `file`', async () => {
      const response = await upload(
        Buffer.from('just some words, not a picture\n'),
        'notes.png',
        'image/png',
      )
      expect(response.status).toBe(400)
      expect(errorPaths(response.body)).toContain('file')
      await expectNothingLeft()
    })

    it('refuses a decompression bomb from its header with a 400', async () => {
      const response = await upload(decompressionBombPng(20_000, 20_000), 'huge.png', 'image/png')
      expect(response.status).toBe(400)
      expect(errorText(response.body)).toContain('the limit is 50,000,000 pixels')
      await expectNothingLeft()
    })

    it('refuses a file sent in another part than `file` with a 400', async () => {
      const form = uploadForm(await testPng(64, 64), 'fine.png', 'image/png', {
        alt: 'Should not be stored',
      })
      form.append(
        'extra',
        new File([new Uint8Array(await testPng(32, 32))], 'stray.png', { type: 'image/png' }),
      )
      const response = await api.postForm('/media', form, { token: editorToken })
      expect(response.status).toBe(400)
      expect(errorPaths(response.body)).toContain('file')
      await expectNothingLeft()
    })

    it('fails when the bucket refuses one of the files, removing those it had already taken', async () => {
      // The thumbnail is refused at once; every other write arrives late, after the upload has failed.
      proxy.faults = { delayMs: 400, refuse: /-300x\d+\.webp$/ }
      proxy.written.length = 0
      try {
        const response = await upload(await testPng(640, 480), 'flaky.png', 'image/png')
        expect(response.status, JSON.stringify(response.body)).toBe(500)
      } finally {
        proxy.faults = {}
      }
      expect(proxy.written).toContain(keyOf('flaky.png'))
      await expectNothingLeft()
    })
  })
})
