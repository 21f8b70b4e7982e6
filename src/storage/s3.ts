import { createReadStream } from 'node:fs'
import fsp from 'node:fs/promises'
import { Readable } from 'node:stream'

import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
  UploadPartCommand,
} from '@aws-sdk/client-s3'

import type { S3Settings } from '../env'
import { assertKey, assertPrefixesApart, assertRange, contentTypeFor, rebaseKey } from './keys'
import type { ObjectStorage } from './types'

export type S3Tuning = {
  /** Files larger than this go up in parts (default 64 MiB). */
  multipartThresholdBytes: number
  /** Size of each part (default 16 MiB; S3 wants at least 5 MiB for all but the last). */
  partSizeBytes: number
}

const defaultTuning: S3Tuning = {
  multipartThresholdBytes: 64 * 1024 * 1024,
  partSizeBytes: 16 * 1024 * 1024,
}
const maxParts = 10_000
const partConcurrency = 4
const moveConcurrency = 8
const deleteBatch = 1000

const errorName = (error: unknown) => (error instanceof Error ? error.name : undefined)

// GET answers NoSuchKey; HEAD has no body, so the SDK can only name its 404 NotFound.
const isNotFound = (error: unknown) => ['NoSuchKey', 'NotFound'].includes(errorName(error) ?? '')

/** Runs `task` over `items` with at most `limit` at once, stopping new work after the first failure. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  let failed = false
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++
      try {
        results[index] = await task(items[index], index)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/**
 * The one S3 client configuration of the process, for the object store (`s3Storage`) and image media
 * (`@payloadcms/storage-s3`, `mediaStorage.ts`) alike.
 */
export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  return {
    credentials: settings.accessKeyId
      ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
      : undefined,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    region: settings.region,
    // Checksums on every request break S3-compatible stores: s3rver saves streamed bodies corrupted.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

/** `S3_PREFIX` without surrounding slashes (`''` for none), validated: it goes in front of every key. */
export function bucketPrefix(settings: S3Settings): string {
  const base = settings.prefix.replace(/^\/+|\/+$/g, '')
  return base ? assertKey(base) : ''
}

/** Objects in one bucket, every key under `settings.prefix`, so several deployments can share a bucket. */
export function s3Storage(settings: S3Settings, tuning: Partial<S3Tuning> = {}): ObjectStorage {
  const { multipartThresholdBytes, partSizeBytes } = { ...defaultTuning, ...tuning }
  const Bucket = settings.bucket
  const base = bucketPrefix(settings)
  const client = new S3Client(s3ClientConfig(settings))

  const objectKey = (key: string) => (base ? `${base}/${assertKey(key)}` : assertKey(key))
  const storageKey = (objectKeyInBucket: string) =>
    base ? objectKeyInBucket.slice(base.length + 1) : objectKeyInBucket

  async function exists(Key: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key }))
      return true
    } catch (error) {
      if (isNotFound(error)) return false
      throw error
    }
  }

  async function putInParts(
    Key: string,
    filePath: string,
    size: number,
    ContentType: string,
  ): Promise<void> {
    const partSize = Math.max(partSizeBytes, Math.ceil(size / maxParts))
    const { UploadId } = await client.send(
      new CreateMultipartUploadCommand({ Bucket, ContentType, Key }),
    )
    if (!UploadId) throw new Error(`S3 started no multipart upload for ${Key}`)
    try {
      const partNumbers = Array.from(
        { length: Math.ceil(size / partSize) },
        (_, index) => index + 1,
      )
      const Parts = await mapLimit(partNumbers, partConcurrency, async (PartNumber) => {
        const start = (PartNumber - 1) * partSize
        const end = Math.min(start + partSize, size) - 1
        const Body = createReadStream(filePath, { end, start })
        try {
          const { ETag } = await client.send(
            new UploadPartCommand({
              Body,
              Bucket,
              ContentLength: end - start + 1,
              Key,
              PartNumber,
              UploadId,
            }),
          )
          return { ETag, PartNumber }
        } finally {
          Body.destroy()
        }
      })
      await client.send(
        new CompleteMultipartUploadCommand({ Bucket, Key, MultipartUpload: { Parts }, UploadId }),
      )
    } catch (error) {
      // An unfinished upload keeps its parts (and their storage bill) until aborted.
      await client
        .send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }))
        .catch(() => undefined)
      throw error
    }
  }

  const storage: ObjectStorage = {
    kind: 's3',

    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }))
    },

    async deletePrefix(prefix) {
      const keys = await storage.list(prefix)
      for (let from = 0; from < keys.length; from += deleteBatch) {
        const Objects = keys.slice(from, from + deleteBatch).map((key) => ({ Key: objectKey(key) }))
        const { Errors } = await client.send(
          new DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }),
        )
        if (Errors?.length) {
          throw new Error(
            `Could not delete ${Errors.length} objects under ${prefix}: ${Errors[0].Key} ${Errors[0].Message}`,
          )
        }
      }
      return keys.length
    },

    async get(key, range) {
      const Key = objectKey(key)
      if (range) assertRange(range)
      try {
        const Range = range ? `bytes=${range.start}-${range.end ?? ''}` : undefined
        const output = await client.send(new GetObjectCommand({ Bucket, Key, Range }))
        if (!(output.Body instanceof Readable))
          throw new Error(`S3 returned no readable body for ${Key}`)
        const contentLength = output.ContentLength ?? 0
        // `Content-Range: bytes 0-99/1234` carries the whole size when a range was read.
        const size = output.ContentRange ? Number(output.ContentRange.split('/')[1]) : contentLength
        return { body: output.Body, contentLength, contentType: output.ContentType, size }
      } catch (error) {
        if (isNotFound(error)) return null
        if (errorName(error) === 'InvalidRange')
          throw new RangeError(`Range ${JSON.stringify(range)} is outside ${key}`)
        throw error
      }
    },

    async list(prefix) {
      const keys: string[] = []
      const pages = paginateListObjectsV2({ client }, { Bucket, Prefix: `${objectKey(prefix)}/` })
      for await (const page of pages) {
        for (const { Key } of page.Contents ?? []) if (Key) keys.push(storageKey(Key))
      }
      return keys.sort()
    },

    async move(from, to) {
      const source = objectKey(from)
      const target = objectKey(to)
      const missing = new Error(`Cannot move ${JSON.stringify(from)}: no such object`)
      // Copying onto itself is refused by S3, and the delete that follows would lose the object.
      if (source === target) {
        if (!(await exists(source))) throw missing
        return
      }
      const CopySource = `${Bucket}/${source.split('/').map(encodeURIComponent).join('/')}`
      try {
        await client.send(
          new CopyObjectCommand({ Bucket, CopySource, Key: target, MetadataDirective: 'COPY' }),
        )
      } catch (error) {
        throw isNotFound(error) ? missing : error
      }
      await client.send(new DeleteObjectCommand({ Bucket, Key: source }))
    },

    async movePrefix(fromPrefix, toPrefix) {
      assertPrefixesApart(fromPrefix, toPrefix)
      const keys = await storage.list(fromPrefix)
      await mapLimit(keys, moveConcurrency, (key) =>
        storage.move(key, rebaseKey(key, fromPrefix, toPrefix)),
      )
      return keys.length
    },

    async put(key, body, contentType) {
      const ContentType = contentType ?? contentTypeFor(key)
      await client.send(
        new PutObjectCommand({ Body: body, Bucket, ContentType, Key: objectKey(key) }),
      )
    },

    async putFile(key, filePath, contentType) {
      const Key = objectKey(key)
      const ContentType = contentType ?? contentTypeFor(key)
      const { size } = await fsp.stat(filePath)
      if (size > multipartThresholdBytes) return putInParts(Key, filePath, size, ContentType)
      const Body = createReadStream(filePath)
      try {
        await client.send(
          new PutObjectCommand({ Body, Bucket, ContentLength: size, ContentType, Key }),
        )
      } finally {
        Body.destroy()
      }
    },

    async stat(key) {
      try {
        const output = await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }))
        // A store that reports no time makes the object look new: the sweep then never takes it.
        return {
          contentType: output.ContentType,
          modifiedAt: output.LastModified ?? new Date(),
          size: output.ContentLength ?? 0,
        }
      } catch (error) {
        if (isNotFound(error)) return null
        throw error
      }
    },
  }
  return storage
}
