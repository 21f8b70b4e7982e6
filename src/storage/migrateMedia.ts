import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type { Payload } from 'payload'

import { localStorage } from './local'
import { type MediaFiles, mediaObjectKey } from './mediaStorage'
import type { ObjectStorage } from './types'

export type MediaMigrationTarget = 'local' | 's3'

export type MediaMigrationOptions = { dryRun: boolean; to: MediaMigrationTarget }

/** One file of one document, where it is on either side. */
export type MediaFileMove = { filename: string; key: string; mediaId: number | string }

export type MediaMigrationReport = MediaMigrationOptions & {
  /** Copied (in a dry run: would be copied). */
  copied: MediaFileMove[]
  documents: number
  /** Could not be copied, with the reason. */
  failed: (MediaFileMove & { error: string })[]
  /** On neither side. */
  missing: MediaFileMove[]
  /** Already at the target with the same size, left alone. */
  present: MediaFileMove[]
}

const usage = 'Usage: npm run storage:migrate -- --to s3|local [--dry-run]'

/** `['--to', 's3', '--dry-run']` (or `--to=s3`) → options; throws a message naming the problem. */
export function parseMigrateArgs(args: string[]): MediaMigrationOptions {
  let to: string | undefined
  let dryRun = false
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--dry-run') dryRun = true
    else if (arg === '--to') to = args[++index]
    else if (arg.startsWith('--to=')) to = arg.slice('--to='.length)
    else throw new Error(`Unknown argument ${JSON.stringify(arg)}. ${usage}`)
  }
  if (to === undefined) throw new Error(`Say where the files go with --to. ${usage}`)
  if (to !== 's3' && to !== 'local')
    throw new Error(`--to must be s3 or local, not ${JSON.stringify(to)}. ${usage}`)
  return { dryRun, to }
}

type MediaDoc = MediaFiles & {
  id: number | string
  mimeType?: null | string
  sizes?: null | Record<
    string,
    null | undefined | { filename?: null | string; mimeType?: null | string }
  >
}

/** Every file of a document with its content type: the original, then each size that exists. */
function filesOf(doc: MediaDoc): { contentType?: string; filename: string }[] {
  const files = doc.filename
    ? [{ contentType: doc.mimeType ?? undefined, filename: doc.filename }]
    : []
  for (const size of Object.values(doc.sizes ?? {})) {
    if (size?.filename)
      files.push({ contentType: size.mimeType ?? undefined, filename: size.filename })
  }
  return files
}

/** The SDK names a HEAD's 403 only `UnknownError` (a HEAD answer has no body): the status says more. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
  return status ? `${error.message} (S3 answered HTTP ${status})` : error.message
}

type Options = MediaMigrationOptions & {
  /** The bucket (`getStorage()` with S3 configured): keys below `S3_PREFIX`. */
  bucket: ObjectStorage
  /** Put before a key in the log, e.g. `s3://media-bucket/prism/`. */
  bucketLabel?: string
  /** The media collection's folder on local disk (`$DATA_DIR/media`). */
  localDir: string
  /** Told about each file as it is handled. */
  log?: (line: string) => void
  payload: Payload
}

/**
 * Copies every media document's files (the original and each size) from local disk to the bucket
 * (`to: 's3'`) or back (`to: 'local'`), under the keys the storage plugin uses
 * (`delivery/media/<filename>`) and the names Payload uses on disk. Documents are not changed; a
 * file already at the target with the same size is left alone, so running it again after an
 * interruption copies only what is left. Nothing is deleted at the source.
 */
export async function migrateMedia({
  bucket,
  bucketLabel = '',
  dryRun,
  localDir,
  log = () => {},
  payload,
  to,
}: Options): Promise<MediaMigrationReport> {
  if (bucket.kind !== 's3')
    throw new Error(
      'S3 is not configured (S3_BUCKET is unset): there is no bucket to copy to or from.',
    )
  const local = localStorage(localDir)
  const report: MediaMigrationReport = {
    copied: [],
    documents: 0,
    dryRun,
    failed: [],
    missing: [],
    present: [],
    to,
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-media-migrate-'))
  try {
    for (let page = 1, hasNextPage = true; hasNextPage; page++) {
      const result = await payload.find({
        collection: 'media',
        depth: 0,
        limit: 100,
        // Every media document: an operator's command (npm run storage:migrate) with no request
        // and no user; only its --to/--dry-run flags reach here, and they pick no documents.
        overrideAccess: true,
        page,
        select: { _objectKey: true, filename: true, mimeType: true, prefix: true, sizes: true },
        sort: 'id',
      })
      hasNextPage = result.hasNextPage
      for (const doc of result.docs as MediaDoc[]) {
        report.documents++
        for (const { contentType, filename } of filesOf(doc)) {
          const move = { filename, key: mediaObjectKey(doc, filename), mediaId: doc.id }
          const [source, sourceKey, target, targetKey] =
            to === 's3' ? [local, filename, bucket, move.key] : [bucket, move.key, local, filename]
          try {
            const [there, here] = await Promise.all([
              target.stat(targetKey),
              source.stat(sourceKey),
            ])
            if (there && (!here || there.size === here.size)) {
              report.present.push(move)
              continue
            }
            if (!here) {
              report.missing.push(move)
              log(
                `missing  ${filename} (media ${doc.id}): not at ${to === 's3' ? 'local disk' : 'the bucket'} either`,
              )
              continue
            }
            if (!dryRun) {
              if (to === 's3') {
                await bucket.putFile(targetKey, path.join(localDir, filename), contentType)
              } else {
                const object = await bucket.get(sourceKey)
                if (!object) throw new Error('it disappeared from the bucket')
                const temp = path.join(work, 'file')
                await pipeline(object.body, fs.createWriteStream(temp))
                await local.putFile(targetKey, temp)
              }
              const written = await target.stat(targetKey)
              if (written?.size !== here.size)
                throw new Error(`${written?.size ?? 'no'} bytes arrived of ${here.size}`)
            }
            report.copied.push(move)
            const [from, into] =
              to === 's3'
                ? [filename, `${bucketLabel}${move.key}`]
                : [`${bucketLabel}${move.key}`, filename]
            log(`${dryRun ? 'would copy' : 'copied'}  ${from} → ${into}`)
          } catch (error) {
            const message = describeError(error)
            report.failed.push({ ...move, error: message })
            log(`failed  ${filename} (media ${doc.id}): ${message}`)
          }
        }
      }
    }
  } finally {
    fs.rmSync(work, { force: true, recursive: true })
  }
  return report
}

/** The closing lines of the command. */
export function summarizeMediaMigration(report: MediaMigrationReport): string {
  const where = report.to === 's3' ? 'local disk → bucket' : 'bucket → local disk'
  return [
    `Media files, ${where}${report.dryRun ? ' (dry run: nothing was copied)' : ''}: ${report.documents} documents`,
    `  ${report.dryRun ? 'would copy' : 'copied'}: ${report.copied.length}`,
    `  already there: ${report.present.length}`,
    `  missing on both sides: ${report.missing.length}`,
    `  failed: ${report.failed.length}`,
  ].join('\n')
}
