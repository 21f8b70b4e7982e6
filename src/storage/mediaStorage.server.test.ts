/**
 * Issue 14's "done when" for media on object storage: with S3_* pointed at s3rver, an uploaded image
 * and its seven sizes land in the bucket, and the site's post page renders it, served from there
 * through `next start` (Next's image optimiser fetching Payload's file route, which reads the bucket).
 */
import http from 'node:http'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../payload-types'
import { postData } from '../../tests/helpers/fixtures'
import {
  type NextServer,
  SERVER_START_MS,
  SLOW_PAGE_MS,
  startNextServer,
} from '../../tests/helpers/nextServer'
import { startS3rver, type TestS3 } from '../../tests/helpers/s3rver'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createTestMedia, filesIn } from '../../tests/helpers/upload'

let s3: TestS3
let t: TestPayload
let server: NextServer | undefined
let image: Media

beforeAll(async () => {
  s3 = await startS3rver({ prefix: 'prism' })
  t = await createTestPayload({ env: s3.env })
  ;({ doc: image } = await createTestMedia(t.payload, {
    name: 'harbour.png',
    alt: 'A harbour at dusk',
    height: 1600,
    site: t.siteId,
    width: 2400,
  }))
  await t.payload.create({
    collection: 'posts',
    data: postData('harbour', { heroImage: image.id, title: 'The harbour' }),
  })
  server = await startNextServer(t, s3.env)
}, SERVER_START_MS)

afterAll(async () => {
  await server?.stop()
  await t?.cleanup()
  await s3?.stop()
})

/** GET on the server with the site's Host header (which `fetch` may not set). */
function get(
  path: string,
): Promise<{ body: Buffer; headers: http.IncomingHttpHeaders; status: number }> {
  const { hostname, port } = new URL(server!.url)
  return new Promise((resolve, reject) => {
    const request = http.get(
      { headers: { host: `test.localhost:${port}` }, hostname, path, port, timeout: SLOW_PAGE_MS },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            body: Buffer.concat(chunks),
            headers: response.headers,
            status: response.statusCode ?? 0,
          }),
        )
      },
    )
    request.on('timeout', () => request.destroy(new Error(`GET ${path} timed out`)))
    request.on('error', reject)
  })
}

describe('image media in S3, on the site', () => {
  it('keeps the original and its seven sizes in the bucket, none on disk', async () => {
    const filenames = [
      image.filename!,
      ...Object.values(image.sizes ?? {}).map((size) => size!.filename!),
    ]
    expect(filenames).toHaveLength(8)
    expect(await s3.keys()).toEqual(filenames.map((name) => `prism/delivery/media/${name}`).sort())
    expect(filesIn(t.mediaDir)).toEqual([])
  })

  it("renders the post's hero image from the bucket", async () => {
    const page = await get('/posts/harbour')
    expect(page.status, server!.output().slice(-4000)).toBe(200)
    const html = page.body.toString('utf8')
    const img = /<img[^>]*alt="A harbour at dusk"[^>]*>/.exec(html)?.[0]
    expect(img, 'the hero image is on the page').toBeDefined()
    const src = /\ssrc="([^"]+)"/.exec(img!)![1].replaceAll('&amp;', '&')
    // Next's optimiser, fed by Payload's file route, which reads the object from the bucket.
    expect(decodeURIComponent(src)).toContain('/api/media/file/harbour')
    const served = await get(src)
    expect(served.status).toBe(200)
    expect(served.headers['content-type']).toMatch(/^image\//)
    const metadata = await sharp(served.body).metadata()
    expect(metadata.width).toBeGreaterThan(0)
  })
})
