import type { PayloadRequest } from 'payload'

import { getStorage } from '../../../src/storage'
import { storedObjectResponse } from '../storedObjectResponse'

/**
 * `GET /api/videos/file/<filename>`: Payload has already checked `read` access for the document
 * with this filename; the original is streamed from whichever tier holds it, with byte ranges.
 * (`storage` is never readable through the API, so the key is looked up here.)
 */
export const serveOriginal = async (req: PayloadRequest, { params }: { params: { filename: string } }): Promise<Response> => {
  const { docs } = await req.payload.find({ collection: 'videos', depth: 0, limit: 1, overrideAccess: true, where: { filename: { equals: params.filename } } })
  const key = docs[0]?.storage?.original
  if (!key) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
  return storedObjectResponse(getStorage(), key, req.headers.get('range'))
}
