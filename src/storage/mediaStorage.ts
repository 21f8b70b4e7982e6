import { AsyncLocalStorage } from 'node:async_hooks'
import http, { type ClientRequest } from 'node:http'
import https from 'node:https'

import { buildStoragePathData, sanitizePrefix } from '@payloadcms/plugin-cloud-storage/utilities'
import { s3Storage as s3StoragePlugin } from '@payloadcms/storage-s3'
import type { CollectionAfterChangeHook, CollectionConfig, Field, Plugin } from 'payload'

import { env, type S3Settings } from '../env'
import { mediaFolder } from './keys'
import { bucketPrefix, s3ClientConfig, s3Storage } from './s3'
import type { ObjectStorage } from './types'

const slug = 'media'

/** What a media document says about where its files are. */
export type MediaFiles = {
  _objectKey?: null | string
  filename?: null | string
  prefix?: null | string
  sizes?: null | Record<string, null | undefined | { filename?: null | string }>
}

/** The original's and every size's filename. */
export const mediaFilenames = (doc: MediaFiles): string[] =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter(
    (name): name is string => Boolean(name),
  )

/**
 * The key of one of a document's files in object storage, below `S3_PREFIX` (as `getStorage()`
 * takes keys): `delivery/media/<filename>`. Built by the storage plugin's own function, so it is the
 * key the plugin writes, serves and deletes. `prefix` and `_objectKey` are always empty here
 * (`lockStorageFields`); they are honoured in case a document ever has them.
 */
export function mediaObjectKey(doc: MediaFiles, filename: string): string {
  const docPrefix = [doc.prefix, doc._objectKey]
    .map((part) => sanitizePrefix(part ?? ''))
    .filter(Boolean)
    .join('/')
  return buildStoragePathData({
    collectionPrefix: mediaFolder,
    docPrefix,
    filename,
    useCompositePrefixes: true,
  }).storageFilePath
}

/**
 * The storage plugin's `prefix` and `_objectKey` fields would let anyone who may update a document
 * choose its files' folder (contained below `delivery/media`, but still): where files live is
 * this module's decision alone, and these are hidden from the admin already.
 */
const lockStorageFields = (fields: Field[]): Field[] =>
  fields.map((field) =>
    field.type === 'text' && (field.name === 'prefix' || field.name === '_objectKey')
      ? { ...field, access: { ...field.access, create: () => false, update: () => false } }
      : field,
  )

/** The S3 requests one upload started: a failed upload waits for them before cleaning up. */
const uploadRequests = new AsyncLocalStorage<Promise<unknown>[]>()

type AddRequest = (request: ClientRequest, options: unknown) => void
const { addRequest } = http.Agent.prototype as unknown as { addRequest: AddRequest }

/**
 * Node's agents see every request they carry (`addRequest`, called as the request is created):
 * inside an upload (`uploadRequests.run`) each one is noted with a promise of its end. The same
 * keep-alive settings as the plugin's own agents.
 */
function trackingAgents() {
  const track: AddRequest = function (this: http.Agent, request, options) {
    uploadRequests.getStore()?.push(new Promise((resolve) => request.once('close', resolve)))
    return addRequest.call(this, request, options)
  }
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 100 })
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 100 })
  for (const agent of [httpAgent, httpsAgent]) Object.assign(agent, { addRequest: track })
  return { httpAgent, httpsAgent }
}

/** Waits (at most 30 s) until every noted request has ended, those noted meanwhile included. */
async function settle(started: Promise<unknown>[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, 30_000)))
  const all = async () => {
    for (let seen = 0; seen < started.length;) {
      const batch = started.slice(seen)
      seen = started.length
      await Promise.all(batch)
    }
  }
  await Promise.race([all(), giveUp])
  clearTimeout(timer)
}

/**
 * The plugin uploads a document's files in an afterChange hook, all at once. When one of them
 * fails, the document is rolled back but the files already written would stay in the bucket. So
 * the hook runs with its S3 requests noted; on failure, once they have all ended (the plugin stops
 * waiting at the first error, the others go on), the files no earlier version of the document
 * uses are deleted, and the error goes on. Either way `req.file` is put back, so Payload removes
 * the upload's temp file.
 */
const uploadCleanly =
  (hook: CollectionAfterChangeHook, objects: () => ObjectStorage): CollectionAfterChangeHook =>
  async (args) => {
    const started: Promise<unknown>[] = []
    // The plugin clears `req.file` for its own nested write and leaves it so; Payload then cannot
    // find the upload's temp file to remove it when the operation ends.
    const { file } = args.req
    try {
      return await uploadRequests.run(started, () => hook(args))
    } catch (error) {
      await settle(started)
      const previous =
        args.operation === 'update' ? (args.previousDoc as MediaFiles | undefined) : undefined
      const kept = new Set(
        previous ? mediaFilenames(previous).map((name) => mediaObjectKey(previous, name)) : [],
      )
      const written = mediaFilenames(args.doc as MediaFiles)
        .map((name) => mediaObjectKey(args.doc as MediaFiles, name))
        .filter((key) => !kept.has(key))
      const results = await Promise.allSettled(written.map((key) => objects().delete(key)))
      for (const result of results) {
        if (result.status === 'rejected')
          args.req.payload.logger.error({
            err: result.reason,
            msg: 'Could not remove a media file of a failed upload',
          })
      }
      throw error
    } finally {
      args.req.file ??= file
    }
  }

/**
 * Image media (`collections/Media`) in S3 when `S3_BUCKET` is set, through `@payloadcms/storage-s3`:
 * the same bucket, `S3_PREFIX` and client settings as `getStorage()`, under `delivery/media/`.
 * Files are still served by `GET /api/media/file/<name>` through Payload's access control (no
 * direct bucket URLs). Without S3 the plugin is installed disabled: it then only adds its two
 * (empty) columns, so the schema, and the migrations, are the same with and without a bucket, and
 * the files stay in `$DATA_DIR/media`. List it after every plugin that adds media hooks, so the
 * upload is the last afterChange hook.
 */
export const mediaStorage =
  (settings: S3Settings | undefined = env.s3): Plugin =>
  async (incoming) => {
    const hooksBefore =
      incoming.collections?.find((collection) => collection.slug === slug)?.hooks?.afterChange ?? []
    const config = await s3StoragePlugin({
      alwaysInsertFields: true,
      bucket: settings?.bucket ?? '',
      // storage-s3 keeps one client per key for the whole process, by default per bucket name: two
      // configs of one process on the same bucket name at other endpoints would share the first.
      clientCacheKey: settings
        ? `s3:${settings.endpoint ?? settings.region}:${settings.accessKeyId}:${settings.bucket}`
        : undefined,
      collections: {
        [slug]: {
          prefix: settings
            ? [bucketPrefix(settings), mediaFolder].filter(Boolean).join('/')
            : mediaFolder,
        },
      },
      config: settings ? { ...s3ClientConfig(settings), requestHandler: trackingAgents() } : {},
      enabled: Boolean(settings),
      // The collection's prefix joins the document's (always empty) at every read and write, rather
      // than being copied into each document: moving the bucket prefix moves no rows.
      useCompositePrefixes: true,
    })(incoming)

    let objects: ObjectStorage | undefined
    const storage = () => (objects ??= s3Storage(settings!))
    const finish = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      fields: lockStorageFields(collection.fields),
      hooks: {
        ...collection.hooks,
        afterChange: (collection.hooks?.afterChange ?? []).map((hook) =>
          settings && !hooksBefore.includes(hook) ? uploadCleanly(hook, storage) : hook,
        ),
      },
    })
    return {
      ...config,
      collections: config.collections?.map((collection) =>
        collection.slug === slug ? finish(collection) : collection,
      ),
    }
  }
