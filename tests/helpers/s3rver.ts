import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

import type { S3Settings } from '../../src/env'

// s3rver ships no types; this is the part of it the tests use.
type S3rverServer = { close(): Promise<void>; run(): Promise<{ port: number }> }
type S3rverOptions = {
  address: string
  configureBuckets: { configs: string[]; name: string }[]
  directory: string
  port: number
  silent: boolean
}
const S3rver = createRequire(import.meta.url)('s3rver') as new (
  options: S3rverOptions,
) => S3rverServer

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
export async function startS3rver({
  bucket = 'prism-test',
  prefix = 'prism',
}: { bucket?: string; prefix?: string } = {}): Promise<TestS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-s3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    configureBuckets: [{ name: bucket, configs: [] }],
    directory,
    port: 0,
    silent: true,
  })
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
  const raw = new S3Client({
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    endpoint: settings.endpoint,
    forcePathStyle: true,
    region: settings.region,
  })
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

export type Faults = {
  /** Writes (PUT, POST) wait this long before they reach the store. */
  delayMs?: number
  /** Writes to a matching key are refused at once: 403 AccessDenied, as a bucket policy would. */
  refuse?: RegExp
}

export type FaultyS3 = {
  /** The S3_* variables of `store`, with the endpoint pointing at the proxy. */
  env: Record<string, string>
  /** What goes wrong now; `{}` passes everything through. */
  faults: Faults
  /** Keys (prefix included) of the writes the store accepted through the proxy. */
  written: string[]
  stop(): Promise<void>
}

/**
 * An HTTP proxy in front of a test S3 that refuses or delays chosen writes: the store still does
 * the work, only its answers come late or not at all, as from a bucket policy or a slow network.
 */
export async function startFaultyProxy(store: TestS3): Promise<FaultyS3> {
  const target = new URL(store.settings.endpoint!)
  const proxy: FaultyS3 = { env: {}, faults: {}, stop: async () => {}, written: [] }
  const server = http.createServer((request, response) => {
    const key = decodeURIComponent(new URL(request.url ?? '/', 'http://proxy').pathname).replace(
      `/${store.bucket}/`,
      '',
    )
    const isWrite = request.method === 'PUT' || request.method === 'POST'
    const { delayMs = 0, refuse } = proxy.faults
    if (isWrite && refuse?.test(key)) {
      request.resume()
      request.on('end', () => {
        response.writeHead(403, { 'Content-Type': 'application/xml' })
        response.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Refused by the test</Message></Error>',
        )
      })
      return
    }
    const forward = () => {
      const upstream = http.request(
        {
          headers: request.headers,
          host: target.hostname,
          method: request.method,
          path: request.url,
          port: target.port,
        },
        (answer) => {
          if (isWrite && answer.statusCode === 200) proxy.written.push(key)
          response.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(response)
        },
      )
      upstream.on('error', () => response.destroy())
      request.pipe(upstream)
    }
    if (isWrite && delayMs) setTimeout(forward, delayMs)
    else forward()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  proxy.env = { ...store.env, S3_ENDPOINT: `http://127.0.0.1:${port}` }
  proxy.stop = async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  return proxy
}
