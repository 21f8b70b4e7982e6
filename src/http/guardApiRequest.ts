import { APIError, type CollectionSlug, createPayloadRequest, type SanitizedConfig } from 'payload'

import { env } from '../env'
import { readBodyBytes } from './readBody'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type RouteHandler = (request: Request, args: RouteArgs) => Promise<Response>

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const isMultipart = (request: Request) => (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')

/**
 * Who may send a multipart body (an upload), decided from the headers alone, before Payload
 * streams a byte of it to disk: nobody without a session or API key (401), and on an upload
 * collection nobody its create (POST) or update access refuses outright (403). Access that
 * answers with a query is checked again by Payload on the document.
 */
async function uploadRefusal(config: Promise<SanitizedConfig>, request: Request, slug: string[]): Promise<null | Response> {
  // A copy without the body: authentication and access read headers only.
  const req = await createPayloadRequest({ config, request: new Request(request.url, { headers: request.headers }) })
  if (!req.user) return refuse(401, 'Sign in to upload files.')
  const [collectionSlug, id, ...rest] = slug
  const collection = req.payload.collections[collectionSlug as CollectionSlug] as (typeof req.payload.collections)[CollectionSlug] | undefined
  if (!collection?.config.upload || rest.length) return null
  const operation = request.method === 'POST' && !id ? 'create' : 'update'
  const allowed = await collection.config.access[operation]({ id, req })
  return allowed ? null : refuse(403, `You are not allowed to upload to ${collectionSlug}.`)
}

/**
 * Wraps a Payload route handler so no request body is read before it is known to be welcome:
 * multipart uploads pass `uploadRefusal` first; other bodies (JSON, forms) are limited to
 * API_BODY_MAX_BYTES, by `Content-Length` when declared (Node holds a body to it) and by reading at
 * most that much when not (chunked), then handed on as bytes. 413 above the limit.
 */
export function guardApiRequest(config: Promise<SanitizedConfig>, handler: RouteHandler): RouteHandler {
  return async (request, args) => {
    if (!request.body) return handler(request, args)
    if (isMultipart(request)) return (await uploadRefusal(config, request, (await args.params)?.slug ?? [])) ?? handler(request, args)
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
