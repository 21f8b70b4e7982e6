import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../payload-types'
import { createApi, type Api } from '../../tests/helpers/api'
import { startS3rver, type TestS3 } from '../../tests/helpers/s3rver'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { filesIn } from '../../tests/helpers/upload'
import { getStorage } from '.'
import { localStorage } from './local'
import { mediaFilenames, mediaObjectKey } from './mediaStorage'
import { type MediaMigrationOptions, migrateMedia, parseMigrateArgs } from './migrateMedia'

let s3: TestS3
let t: TestPayload
let api: Api
let docs: Media[]
/** Every media file of the demo content, as it was on disk before anything moved. */
const original = new Map<string, Buffer>()

/** Every media document as stored, to compare before and after (the test's own view: no user). */
const mediaDocs = async () =>
  (
    await t.payload.find({
      collection: 'media',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      sort: 'id',
    })
  ).docs

beforeAll(async () => {
  s3 = await startS3rver({ prefix: 'prism' })
  // An install that ran on local disk and now has S3_* set: the demo media's files are in
  // $DATA_DIR/media, their documents in the database, and the bucket is empty.
  t = await createTestPayload({ env: s3.env, ownConfig: true, seeded: true })
  api = createApi(t.config)
  docs = await mediaDocs()
  for (const name of filesIn(t.mediaDir))
    original.set(name, fs.readFileSync(path.join(t.mediaDir, name)))
})
afterAll(async () => {
  await t?.cleanup()
  await s3?.stop()
})

const migrate = (options: MediaMigrationOptions) =>
  migrateMedia({ ...options, bucket: getStorage(), localDir: t.mediaDir, payload: t.payload })
const allFiles = () =>
  docs.flatMap((doc) => mediaFilenames(doc).map((filename) => ({ doc, filename })))
/** The full key in the bucket: `S3_PREFIX`, then what the storage plugin uses. */
const bucketKey = (doc: Media, filename: string) => `prism/${mediaObjectKey(doc, filename)}`
const servedPath = (doc: Media) => `/media/file/${doc.sizes?.thumbnail?.filename ?? doc.filename}`

describe('npm run storage:migrate', () => {
  it('starts from demo media on local disk only, which S3 cannot serve yet', async () => {
    expect(docs.length).toBeGreaterThan(3)
    expect([...original.keys()].sort()).toEqual(
      allFiles()
        .map(({ filename }) => filename)
        .sort(),
    )
    expect(await s3.keys()).toEqual([])
    expect((await api.getBytes(servedPath(docs[0]))).status).toBe(404)
  })

  it('reports in a dry run what it would copy, and copies nothing', async () => {
    const report = await migrate({ dryRun: true, to: 's3' })
    expect(report).toMatchObject({ documents: docs.length, failed: [], missing: [], present: [] })
    expect(report.copied.map(({ filename }) => filename).sort()).toEqual(
      [...original.keys()].sort(),
    )
    expect(await s3.keys()).toEqual([])
    expect(filesIn(t.mediaDir)).toEqual([...original.keys()].sort())
  })

  it('copies every original and size to the bucket, leaving the documents as they were; Payload then serves them', async () => {
    const report = await migrate({ dryRun: false, to: 's3' })
    expect(report.copied).toHaveLength(original.size)
    expect(report.failed).toEqual([])

    expect(await s3.keys()).toEqual(
      allFiles()
        .map(({ doc, filename }) => bucketKey(doc, filename))
        .sort(),
    )
    for (const { doc, filename } of allFiles())
      expect(
        (await s3.read(bucketKey(doc, filename)))!.equals(original.get(filename)!),
        filename,
      ).toBe(true)
    const after = await mediaDocs()
    expect(after).toEqual(docs)

    for (const doc of docs) {
      const served = await api.getBytes(servedPath(doc))
      expect(served.status).toBe(200)
      expect(served.body.equals(original.get(path.basename(servedPath(doc)))!)).toBe(true)
      expect(served.headers.get('content-type')).toBe(
        doc.sizes?.thumbnail?.mimeType ?? doc.mimeType,
      )
    }
  })

  it('copies nothing when run again', async () => {
    const report = await migrate({ dryRun: false, to: 's3' })
    expect(report.copied).toEqual([])
    expect(report.present).toHaveLength(original.size)
  })

  it('brings every file back to local disk from the bucket', async () => {
    for (const name of filesIn(t.mediaDir)) fs.rmSync(path.join(t.mediaDir, name))

    const dryRun = await migrate({ dryRun: true, to: 'local' })
    expect(dryRun.copied).toHaveLength(original.size)
    expect(filesIn(t.mediaDir)).toEqual([])

    const report = await migrate({ dryRun: false, to: 'local' })
    expect(report.copied).toHaveLength(original.size)
    expect(filesIn(t.mediaDir)).toEqual([...original.keys()].sort())
    for (const [name, bytes] of original)
      expect(fs.readFileSync(path.join(t.mediaDir, name)).equals(bytes), name).toBe(true)
  })

  it('names the files that are on neither side, and still copies the others', async () => {
    const [lost, ...others] = allFiles()
    fs.rmSync(path.join(t.mediaDir, lost.filename))
    await getStorage().delete(mediaObjectKey(lost.doc, lost.filename))
    const kept = others[0]
    await getStorage().delete(mediaObjectKey(kept.doc, kept.filename))

    const report = await migrate({ dryRun: false, to: 's3' })
    expect(report.missing).toEqual([
      {
        filename: lost.filename,
        key: mediaObjectKey(lost.doc, lost.filename),
        mediaId: lost.doc.id,
      },
    ])
    expect(report.copied.map(({ filename }) => filename)).toEqual([kept.filename])
  })

  it('refuses to run without a bucket', async () => {
    await expect(
      migrateMedia({
        bucket: localStorage(t.dataDir),
        dryRun: true,
        localDir: t.mediaDir,
        payload: t.payload,
        to: 's3',
      }),
    ).rejects.toThrow('S3 is not configured (S3_BUCKET is unset)')
  })
})

describe('its arguments', () => {
  it('takes --to s3|local and --dry-run', () => {
    expect(parseMigrateArgs(['--to', 's3'])).toEqual({ dryRun: false, to: 's3' })
    expect(parseMigrateArgs(['--dry-run', '--to=local'])).toEqual({ dryRun: true, to: 'local' })
  })

  it('says what is wrong with anything else', () => {
    expect(() => parseMigrateArgs([])).toThrow('Say where the files go with --to.')
    expect(() => parseMigrateArgs(['--to', 'ftp'])).toThrow('--to must be s3 or local, not "ftp".')
    expect(() => parseMigrateArgs(['--to', 's3', '--force'])).toThrow('Unknown argument "--force".')
  })
})
