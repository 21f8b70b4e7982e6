import { APIError, type CollectionSlug, createPayloadRequest, type SanitizedConfig } from 'payload'

import { env } from '../env'
import { readBodyBytes } from './readBody'
import { requireUser } from './requireUser'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type RouteHandler = (request: Request, args: RouteArgs) => Promise<Response>

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const isMultipart = (request: Request) =>
  (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')

/**
 * The create or update an upload (multipart) request to `/api/<slug…>` would run on an upload
 * collection (`POST /api/media`, `PATCH /api/media/7`, `PATCH /api/media?where=…`), or `null` for
 * any other request.
 */
function uploadTarget(
  config: SanitizedConfig,
  request: Request,
  slug: string[],
): null | { collection: string; id?: string; operation: 'create' | 'update' } {
  const [collection, id, ...rest] = slug
  if (
    !isMultipart(request) ||
    rest.length ||
    !config.collections.some((candidate) => candidate.slug === collection && candidate.upload)
  )
    return null
  if (request.method === 'POST') return id ? null : { collection, operation: 'create' }
  return request.method === 'PATCH' || request.method === 'PUT'
    ? { id, collection, operation: 'update' }
    : null
}

/**
 * Who may send an upload, decided from the headers alone, before Payload streams a byte of it to
 * disk: nobody without a session or API key (401), and nobody the collection's create or update
 * access refuses outright (403). Access that answers with a query is checked again by Payload on
 * the document.
 */
async function refuseUnwelcomeUpload(
  config: Promise<SanitizedConfig>,
  request: Request,
  target: { collection: string; id?: string; operation: 'create' | 'update' },
): Promise<void> {
  // A copy without the body: authentication and access read headers only.
  const req = await createPayloadRequest({
    config,
    request: new Request(request.url, { headers: request.headers }),
  })
  requireUser(req, 'upload files')
  const collection = req.payload.collections[target.collection as CollectionSlug]
  const id = target.id && /^\d+$/.test(target.id) ? Number(target.id) : undefined
  const allowed = await collection.config.access[target.operation]({ id, req })
  if (!allowed) throw new APIError(`You are not allowed to upload to ${target.collection}.`, 403)
}

/**
 * The request as the handler may read it: an upload once `refuseUnwelcomeUpload` let it pass,
 * any other body within API_BODY_MAX_BYTES, by `Content-Length` when declared (Node holds a body
 * to it), else by reading at most that much (chunked) and handing on the bytes.
 */
async function welcomeRequest(
  configPromise: Promise<SanitizedConfig>,
  request: Request,
  args: RouteArgs,
): Promise<Request> {
  const target = uploadTarget(await configPromise, request, (await args?.params)?.slug ?? [])
  if (target) {
    await refuseUnwelcomeUpload(configPromise, request, target)
    return request
  }
  const max = env.apiBodyMaxBytes
  const declared = request.headers.get('content-length')
  if (declared !== null && Number(declared) <= max) return request
  const body = await readBodyBytes(request, max)
  return new Request(request.url, { body, headers: request.headers, method: request.method })
}

/**
 * Wraps a Payload route handler so no request body is read before it is known to be welcome.
 * An upload to an upload collection passes `refuseUnwelcomeUpload` first, then Payload's
 * per-collection size limits apply. Every other body (JSON, the admin's multipart forms, anything
 * sent to a custom endpoint or GraphQL) is limited to API_BODY_MAX_BYTES: 413 above it. Payload
 * would otherwise stream any multipart file to disk, on any route.
 */
export function guardApiRequest(
  configPromise: Promise<SanitizedConfig>,
  handler: RouteHandler,
): RouteHandler {
  return async (request, args) => {
    if (!request.body) return handler(request, args)
    let welcomed: Request
    try {
      welcomed = await welcomeRequest(configPromise, request, args)
    } catch (error) {
      if (error instanceof APIError) return refuse(error.status, error.message)
      throw error
    }
    return handler(welcomed, args)
  }
}
