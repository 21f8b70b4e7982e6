import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

import type { S3Settings } from '../../src/env'

// s3rver ships no types; this is the part of it the tests use.
type S3rverServer = { close(): Promise<void>; run(): Promise<{ port: number }> }
type S3rverOptions = { address: string; configureBuckets: { configs: string[]; name: string }[]; directory: string; port: number; silent: boolean }
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: S3rverOptions) => S3rverServer

export type TestS3 = {
  bucket: string
  /** The S3_* variables that point Prism at this server: give them to `createTestPayload({ env })`. */
  env: Record<string, string>
  settings: S3Settings
  /** Every key in the bucket, whatever its prefix, sorted: what is physically stored. */
  keys(): Promise<string[]>
  /** One object's bytes by its full key (prefix included), `null` when there is none. */
  read(key: string): Promise<Buffer | null>
  stop(): Promise<void>
}

/**
 * An in-process S3 (npm `s3rver`, storing in a temp folder) with one empty bucket. It does not check
 * signatures; Prism's client settings (`s3ClientConfig`) make its streamed uploads land intact.
 */
export async function startS3rver({ bucket = 'prism-test', prefix = 'prism' }: { bucket?: string; prefix?: string } = {}): Promise<TestS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-s3rver-'))
  const server = new S3rver({ address: '127.0.0.1', configureBuckets: [{ configs: [], name: bucket }], directory, port: 0, silent: true })
  const { port } = await server.run()
  const settings: S3Settings = {
    accessKeyId: 'S3RVER',
    bucket,
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    prefix,
    region: 'us-east-1',
    secretAccessKey: 'S3RVER',
  }
  // A client of its own, so what the tests see does not depend on the code under test.
  const raw = new S3Client({ credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, endpoint: settings.endpoint, forcePathStyle: true, region: settings.region })
  return {
    bucket,
    env: {
      S3_ACCESS_KEY_ID: settings.accessKeyId,
      S3_BUCKET: bucket,
      S3_ENDPOINT: settings.endpoint!,
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: prefix,
      S3_REGION: settings.region,
      S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
    },
    keys: async () => {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await raw.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken }))
        keys.push(...(page.Contents ?? []).map(({ Key }) => Key ?? ''))
        ContinuationToken = page.NextContinuationToken
      } while (ContinuationToken)
      return keys.sort()
    },
    read: async (key) => {
      try {
        const { Body } = await raw.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
        return Body ? Buffer.from(await Body.transformToByteArray()) : null
      } catch (error) {
        if ((error as Error).name === 'NoSuchKey') return null
        throw error
      }
    },
    settings,
    stop: async () => {
      raw.destroy()
      await server.close()
      fs.rmSync(directory, { force: true, recursive: true })
    },
  }
}

