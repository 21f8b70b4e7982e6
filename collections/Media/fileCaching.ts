import { createHash } from 'node:crypto'

import type {
  CollectionAfterReadHook,
  Endpoint,
  PayloadHandler,
  PayloadRequest,
  Where,
} from 'payload'

/**
 * Cache headers for `GET /api/media/file/<name>`, on local disk and S3 alike.
 *
 * Payload does not rename a file when its content changes: a new focal point or crop rewrites the
 * sizes (and a crop the original) under the same names, and a deleted image's name is free for the
 * next upload. So the file URLs Payload hands out (`url`, `thumbnailURL`, every size's `url`) carry
 * the version of the document's files, `?v=…`, and only a request for the current version may be
 * cached for good. Any other (no `v`, an old one) is cached briefly.
 */
export const IMMUTABLE_SECONDS = 365 * 24 * 60 * 60
export const UNVERSIONED_SECONDS = 300

/** What a media document says about its files' content. */
type FileFacts = {
  filename?: null | string
  filesize?: null | number
  focalX?: null | number
  focalY?: null | number
  height?: null | number
  id?: number | string
  width?: null | number
}

/**
 * The version of a document's files: a hash of what changes when their bytes do. A new file gets
 * a new name (Payload never reuses a name a document holds), a crop changes the size in pixels and
 * bytes, a new focal point changes `focalX`/`focalY`, and a name freed by a deletion comes back on
 * another document (`id`). Edits of other fields (alt text, caption) keep the version, and the
 * caches with it. `undefined` when the document was read without its file fields.
 */
export function fileVersion(doc: FileFacts): string | undefined {
  if (doc.id === undefined || typeof doc.filename !== 'string') return undefined
  const facts = [
    doc.id,
    doc.filename,
    doc.filesize,
    doc.width,
    doc.height,
    doc.focalX,
    doc.focalY,
  ].map((fact) => fact ?? null)
  return createHash('sha256').update(JSON.stringify(facts)).digest('base64url').slice(0, 12)
}

function withVersion(url: unknown, version: string): unknown {
  if (typeof url !== 'string' || url === '') return url
  const [base, query = ''] = url.split('?', 2)
  const params = new URLSearchParams(query)
  params.set('v', version)
  return `${base}?${params}`
}

type FileUrls = {
  sizes?: null | Record<string, null | undefined | { url?: null | string }>
  thumbnailURL?: null | string
  url?: null | string
}

/** Adds `v=<version>` to every file URL of a media document (idempotent). */
export const versionFileUrls: CollectionAfterReadHook = ({ doc }) => {
  const { sizes, thumbnailURL, url } = doc as FileUrls
  const version = fileVersion(doc as FileFacts)
  if (!version) return doc
  return {
    ...doc,
    ...(url ? { url: withVersion(url, version) } : {}),
    ...(thumbnailURL ? { thumbnailURL: withVersion(thumbnailURL, version) } : {}),
    ...(sizes
      ? {
          sizes: Object.fromEntries(
            Object.entries(sizes).map(([name, size]) => [
              name,
              size?.url ? { ...size, url: withVersion(size.url, version) } : size,
            ]),
          ),
        }
      : {}),
  }
}

/** Whether `v` names the current version of the document that owns `filename` (original or a size). */
async function isCurrentVersion(
  req: PayloadRequest,
  filename: string,
  v: string,
): Promise<boolean> {
  const collection = req.payload.collections[req.routeParams!.collection as 'media'].config
  const imageSizes = (typeof collection.upload === 'object' && collection.upload.imageSizes) || []
  const where: Where = {
    or: [
      { filename: { equals: filename } },
      ...imageSizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } })),
    ],
  }
  const doc = (await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where,
  })) as FileFacts | null
  return Boolean(doc && fileVersion(doc) === v)
}

/**
 * `public` only for a request without a user: what an anonymous request was given, anyone with the
 * URL may have. A signed-in reader's copy is `private`, so media that only some users may read
 * (none today: media is public on its site) never lands in a shared cache.
 */
async function cacheControl(req: PayloadRequest): Promise<string> {
  const scope = req.user ? 'private' : 'public'
  const v = req.searchParams?.get('v')
  const filename = req.routeParams?.filename
  if (v && typeof filename === 'string' && (await isCurrentVersion(req, filename, v))) {
    return `${scope}, max-age=${IMMUTABLE_SECONDS}, immutable`
  }
  return `${scope}, max-age=${UNVERSIONED_SECONDS}`
}

const path = '/file/:filename'

/**
 * Runs Payload's own file endpoint (access check, then the storage adapter's handler or local disk)
 * and adds `Cache-Control` to what it serves (200, 206, 304); errors and 404s go out uncached, so
 * a file that appears later (after `npm run storage:migrate`) is not hidden by a cached miss.
 */
const serveFile: PayloadHandler = async (req) => {
  const collection = req.payload.collections[req.routeParams!.collection as 'media'].config
  const builtIn = (collection.endpoints || []).find(
    (endpoint) =>
      endpoint.path === path && endpoint.method === 'get' && endpoint.handler !== serveFile,
  )
  if (!builtIn) throw new Error(`Payload's file endpoint is missing from ${collection.slug}`)
  const response = await builtIn.handler(req)
  if (![200, 206, 304].includes(response.status)) return response
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', await cacheControl(req))
  return new Response(response.body, {
    headers,
    status: response.status,
    statusText: response.statusText,
  })
}

/** Listed in the collection's `endpoints`, it comes before Payload's own endpoint of the same path. */
export const fileEndpoint: Endpoint = { handler: serveFile, method: 'get', path }
