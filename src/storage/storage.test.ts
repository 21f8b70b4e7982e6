import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startS3rver } from '../../tests/helpers/s3rver'
import { storageKey } from './keys'
import { localStorage } from './local'
import { s3Storage, type S3Tuning } from './s3'
import type { ObjectStorage } from './types'

type Harness = {
  storage: ObjectStorage
  /** Everything physically stored, inside the store or not, to prove refused keys wrote nothing. */
  storedPaths(): Promise<string[]>
  stop(): Promise<void>
}

/** Other stores in the same bucket: one with another key prefix, one with other upload tuning. */
type S3Harness = Harness & {
  withPrefix(prefix: string): ObjectStorage
  withTuning(tuning: Partial<S3Tuning>): ObjectStorage
}

const tempDirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-storage-'))
  tempDirs.push(dir)
  return dir
}
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { force: true, recursive: true })))

const filesUnder = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()

async function startLocal(): Promise<Harness> {
  // The store sits one level down, so a write that escaped it would still show up in `storedPaths`.
  const outer = tempDir()
  return {
    stop: async () => {},
    storage: localStorage(path.join(outer, 'store')),
    storedPaths: async () => filesUnder(outer),
  }
}

async function startS3(): Promise<S3Harness> {
  const s3 = await startS3rver({ prefix: 'deployment-a' })
  return {
    stop: () => s3.stop(),
    storage: s3Storage(s3.settings),
    storedPaths: () => s3.keys(),
    withPrefix: (prefix) => s3Storage({ ...s3.settings, prefix }),
    withTuning: (tuning) => s3Storage(s3.settings, tuning),
  }
}

async function bytesOf(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function sha256Of(body: Readable): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of body) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

// One 20 MB file for every implementation: large enough to catch a body that is buffered or cut short.
let bigFile: string
let bigFileSha: string
beforeAll(() => {
  const content = randomBytes(20 * 1024 * 1024)
  bigFile = path.join(tempDir(), 'upload.mp4')
  fs.writeFileSync(bigFile, content)
  bigFileSha = createHash('sha256').update(content).digest('hex')
})

describe.each([
  { kind: 'local', start: startLocal },
  { kind: 's3', start: startS3 },
])('$kind object storage', ({ start }) => {
  let harness: Harness
  let storage: ObjectStorage
  beforeAll(async () => {
    harness = await start()
    storage = harness.storage
  })
  afterAll(async () => harness?.stop())

  it('stores a 20 MB file and returns the same bytes, size and content type', async () => {
    const key = storageKey('staging', 'videos', 'big', 'original.mp4')
    await storage.putFile(key, bigFile)

    expect(await storage.stat(key)).toMatchObject({
      contentType: 'video/mp4',
      size: 20 * 1024 * 1024,
    })
    // When it was written: what the sweep measures an orphan's age by.
    expect(Math.abs(Date.now() - (await storage.stat(key))!.modifiedAt.getTime())).toBeLessThan(
      5 * 60 * 1000,
    )
    const object = await storage.get(key)
    expect(object).toMatchObject({
      contentLength: 20 * 1024 * 1024,
      contentType: 'video/mp4',
      size: 20 * 1024 * 1024,
    })
    expect(await sha256Of(object!.body)).toBe(bigFileSha)
  })

  it('reads exactly the bytes a range asks for, and knows the whole size', async () => {
    const content = randomBytes(10_000)
    const key = storageKey('delivery', 'videos', 'range', 'hls', '720p', 'seg-001.ts')
    await storage.put(key, content)

    const middle = await storage.get(key, { end: 4_999, start: 1_000 })
    expect(middle).toMatchObject({ contentLength: 4_000, contentType: 'video/mp2t', size: 10_000 })
    expect((await bytesOf(middle!.body)).equals(content.subarray(1_000, 5_000))).toBe(true)

    const tail = await storage.get(key, { start: 9_990 })
    expect(tail?.contentLength).toBe(10)
    expect((await bytesOf(tail!.body)).equals(content.subarray(9_990))).toBe(true)

    // A player asking past the end gets the rest, not an error.
    const overlong = await storage.get(key, { end: 20_000, start: 9_999 })
    expect((await bytesOf(overlong!.body)).equals(content.subarray(9_999))).toBe(true)

    await expect(storage.get(key, { start: 10_000 })).rejects.toThrow(RangeError)
    await expect(storage.get(key, { end: 5, start: 6 })).rejects.toThrow(RangeError)
  })

  it('infers content types for playlists and thumbnails', async () => {
    const playlist = storageKey('delivery', 'videos', 'types', 'hls', 'master.m3u8')
    await storage.put(playlist, '#EXTM3U\n')
    await storage.put(
      storageKey('delivery', 'videos', 'types', 'thumbnail.jpg'),
      Buffer.from([0xff, 0xd8]),
    )

    expect((await storage.stat(playlist))?.contentType).toBe('application/vnd.apple.mpegurl')
    expect(
      (await storage.stat(storageKey('delivery', 'videos', 'types', 'thumbnail.jpg')))?.contentType,
    ).toBe('image/jpeg')
    expect((await bytesOf((await storage.get(playlist))!.body)).toString()).toBe('#EXTM3U\n')
  })

  it('replaces an object on a second write, and a failed upload leaves nothing behind', async () => {
    const key = storageKey('staging', 'videos', 'rewrite', 'thumbnail.jpg')
    await storage.put(key, 'first version')
    await storage.put(key, 'second')
    expect((await bytesOf((await storage.get(key))!.body)).toString()).toBe('second')

    const before = await harness.storedPaths()
    const failed = storageKey('staging', 'videos', 'rewrite', 'original.mp4')
    await expect(storage.putFile(failed, path.join(tempDir(), 'vanished.mp4'))).rejects.toThrow(
      /ENOENT/,
    )
    expect(await storage.stat(failed)).toBeNull()
    expect(await harness.storedPaths()).toEqual(before)
  })

  it('answers null for a missing key, and deleting one is not an error', async () => {
    const missing = storageKey('staging', 'videos', 'nowhere', 'original.mp4')
    expect(await storage.stat(missing)).toBeNull()
    expect(await storage.get(missing)).toBeNull()
    expect(await storage.get(missing, { start: 0 })).toBeNull()
    await expect(storage.delete(missing)).resolves.toBeUndefined()
    expect(await storage.list(storageKey('staging', 'videos', 'nowhere'))).toEqual([])
  })

  it('lists the keys under a folder, sorted, and not those of a folder whose name merely starts the same', async () => {
    for (const name of ['seg-002.ts', 'seg-000.ts', 'seg-001.ts']) {
      await storage.put(storageKey('staging', 'videos', '1', 'hls', '360p', name), name)
    }
    await storage.put(storageKey('staging', 'videos', '1', 'original.mp4'), 'original')
    await storage.put(storageKey('staging', 'videos', '12', 'original.mp4'), 'another video')

    expect(await storage.list(storageKey('staging', 'videos', '1'))).toEqual([
      'staging/videos/1/hls/360p/seg-000.ts',
      'staging/videos/1/hls/360p/seg-001.ts',
      'staging/videos/1/hls/360p/seg-002.ts',
      'staging/videos/1/original.mp4',
    ])
  })

  it('moves one object, and refuses to move one that does not exist', async () => {
    const from = storageKey('staging', 'videos', 'move', 'original.mp4')
    const to = storageKey('archive', 'videos', 'move', 'original.mp4')
    await storage.put(from, 'master')

    await storage.move(from, to)

    expect(await storage.stat(from)).toBeNull()
    expect((await bytesOf((await storage.get(to))!.body)).toString()).toBe('master')
    await expect(storage.move(from, to)).rejects.toThrow(/no such object/)
    expect(await storage.stat(to)).not.toBeNull()
  })

  it('moves a whole folder, and a re-run after a crash halfway finishes the job', async () => {
    const from = storageKey('staging', 'videos', 'approve', 'hls')
    const to = storageKey('delivery', 'videos', 'approve', 'hls')
    const names = ['720p/seg-000.ts', '720p/seg-001.ts', '720p/index.m3u8', 'master.m3u8']
    for (const name of names) await storage.put(`${from}/${name}`, name)
    // What a crash leaves behind: one object already moved, the rest still waiting.
    await storage.move(`${from}/720p/seg-000.ts`, `${to}/720p/seg-000.ts`)

    expect(await storage.movePrefix(from, to)).toBe(3)
    expect(await storage.movePrefix(from, to)).toBe(0)

    expect(await storage.list(from)).toEqual([])
    expect(await storage.list(to)).toEqual(names.map((name) => `${to}/${name}`).sort())
    expect((await bytesOf((await storage.get(`${to}/720p/seg-001.ts`))!.body)).toString()).toBe(
      '720p/seg-001.ts',
    )
    await expect(storage.movePrefix(to, `${to}/inside`)).rejects.toThrow(/one contains the other/)
  })

  it('deletes a whole folder and leaves its neighbours alone', async () => {
    const folder = storageKey('staging', 'videos', 'reject')
    for (const name of ['original.mp4', 'hls/360p/seg-000.ts', 'hls/360p/index.m3u8'])
      await storage.put(`${folder}/${name}`, name)
    await storage.put(storageKey('staging', 'videos', 'rejected-not', 'original.mp4'), 'keep me')

    expect(await storage.deletePrefix(folder)).toBe(3)

    expect(await storage.list(folder)).toEqual([])
    expect(await storage.stat(`${folder}/original.mp4`)).toBeNull()
    expect(
      await storage.stat(storageKey('staging', 'videos', 'rejected-not', 'original.mp4')),
    ).toMatchObject({ contentType: 'video/mp4', size: 7 })
    expect(await storage.deletePrefix(folder)).toBe(0)
  })

  it('refuses keys that climb out, start at the root or hide a path trick, before writing anything', async () => {
    const before = await harness.storedPaths()
    const tricks = [
      'staging/../escape.txt',
      '../escape.txt',
      '/etc/escape.txt',
      'staging//escape.txt',
      'staging\\..\\escape.txt',
      'staging/esc\0ape.txt',
      'staging/.hidden',
      '',
    ]

    for (const key of tricks) {
      await expect(storage.put(key, 'nope'), key).rejects.toThrow(/Invalid storage key/)
      await expect(storage.putFile(key, bigFile), key).rejects.toThrow(/Invalid storage key/)
      await expect(
        storage.move(storageKey('staging', 'videos', '1', 'original.mp4'), key),
        key,
      ).rejects.toThrow(/Invalid storage key/)
      await expect(storage.get(key), key).rejects.toThrow(/Invalid storage key/)
      await expect(storage.deletePrefix(key), key).rejects.toThrow(/Invalid storage key/)
    }

    expect(await harness.storedPaths()).toEqual(before)
  })
})

describe('s3 object storage, beyond the contract', () => {
  let harness: S3Harness
  let storage: ObjectStorage
  beforeAll(async () => {
    harness = await startS3()
    storage = harness.storage
  })
  afterAll(async () => harness?.stop())

  it('uploads a large file in parts with the same bytes', async () => {
    const multipart = harness.withTuning({
      multipartThresholdBytes: 8 * 1024 * 1024,
      partSizeBytes: 5 * 1024 * 1024,
    })
    const key = storageKey('archive', 'videos', 'parts', 'original.mp4')

    await multipart.putFile(key, bigFile)

    expect(await storage.stat(key)).toMatchObject({
      contentType: 'video/mp4',
      size: 20 * 1024 * 1024,
    })
    expect(await sha256Of((await storage.get(key))!.body)).toBe(bigFileSha)
  })

  it('keeps deployments that share a bucket apart by prefix', async () => {
    const other = harness.withPrefix('deployment-b')
    await other.put(storageKey('staging', 'videos', 'shared', 'original.mp4'), 'from b')

    expect(await storage.list(storageKey('staging', 'videos', 'shared'))).toEqual([])
    expect(await other.list(storageKey('staging', 'videos', 'shared'))).toEqual([
      'staging/videos/shared/original.mp4',
    ])
    expect(await harness.storedPaths()).toContain('deployment-b/staging/videos/shared/original.mp4')
  })
})

describe('storageKey', () => {
  it('joins a prefix and parts into a key', () => {
    expect(storageKey('staging', 'videos', '12', 'hls/720p/seg-001.ts')).toBe(
      'staging/videos/12/hls/720p/seg-001.ts',
    )
  })

  it('refuses parts that are empty or climb out', () => {
    expect(() => storageKey('delivery', 'videos', '12', '..', 'secret')).toThrow(
      /Invalid storage key/,
    )
    expect(() => storageKey('delivery', 'videos', '12', '720p/../../13/master.m3u8')).toThrow(
      /Invalid storage key/,
    )
    expect(() => storageKey('delivery', 'videos', '', 'master.m3u8')).toThrow(/a part is empty/)
    expect(() => storageKey('', 'videos')).toThrow(/Invalid storage key/)
  })
})
