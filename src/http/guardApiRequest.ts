import { APIError, type CollectionSlug, createPayloadRequest, type SanitizedConfig } from 'payload'

import { env } from '../env'
import { readBodyBytes } from './readBody'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type RouteHandler = (request: Request, args: RouteArgs) => Promise<Response>

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const isMultipart = (request: Request) => (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')

/**
 * The create or update an upload (multipart) request to `/api/<slug…>` would run on an upload
 * collection (`POST /api/media`, `PATCH /api/media/7`, `PATCH /api/media?where=…`), or `null` for
 * any other request.
 */
function uploadTarget(config: SanitizedConfig, request: Request, slug: string[]): null | { collection: string; id?: string; operation: 'create' | 'update' } {
  const [collection, id, ...rest] = slug
  if (!isMultipart(request) || rest.length || !config.collections.some((candidate) => candidate.slug === collection && candidate.upload)) return null
  if (request.method === 'POST') return id ? null : { collection, operation: 'create' }
  return request.method === 'PATCH' || request.method === 'PUT' ? { collection, id, operation: 'update' } : null
}

/**
 * Who may send an upload, decided from the headers alone, before Payload streams a byte of it to
 * disk: nobody without a session or API key (401), and nobody the collection's create or update
 * access refuses outright (403). Access that answers with a query is checked again by Payload on
 * the document.
 */
async function uploadRefusal(config: Promise<SanitizedConfig>, request: Request, target: { collection: string; id?: string; operation: 'create' | 'update' }): Promise<null | Response> {
  // A copy without the body: authentication and access read headers only.
  const req = await createPayloadRequest({ config, request: new Request(request.url, { headers: request.headers }) })
  if (!req.user) return refuse(401, 'Sign in to upload files.')
  const collection = req.payload.collections[target.collection as CollectionSlug]
  const id = target.id && /^\d+$/.test(target.id) ? Number(target.id) : undefined
  const allowed = await collection.config.access[target.operation]({ id, req })
  return allowed ? null : refuse(403, `You are not allowed to upload to ${target.collection}.`)
}

/**
 * Wraps a Payload route handler so no request body is read before it is known to be welcome.
 * An upload to an upload collection passes `uploadRefusal` first, then Payload's per-collection
 * size limits apply. Every other body (JSON, the admin's multipart forms, anything sent to a
 * custom endpoint or GraphQL) is limited to API_BODY_MAX_BYTES: by `Content-Length` when declared
 * (Node holds a body to it), else by reading at most that much (chunked) and handing on the bytes.
 * 413 above the limit. Payload would otherwise stream any multipart file to disk, on any route.
 */
export function guardApiRequest(configPromise: Promise<SanitizedConfig>, handler: RouteHandler): RouteHandler {
  return async (request, args) => {
    if (!request.body) return handler(request, args)
    const target = uploadTarget(await configPromise, request, (await args?.params)?.slug ?? [])
    if (target) return (await uploadRefusal(configPromise, request, target)) ?? handler(request, args)
    const max = env.apiBodyMaxBytes
    const declared = request.headers.get('content-length')
    if (declared !== null && Number(declared) <= max) return handler(request, args)
    try {
      const body = await readBodyBytes(request, max)
      return handler(new Request(request.url, { body, headers: request.headers, method: request.method }), args)
    } catch (error) {
      if (error instanceof APIError) return refuse(error.status, error.message)
      throw error
    }
  }
}
