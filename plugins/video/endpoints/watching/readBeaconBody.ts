import { APIError, type PayloadRequest } from 'payload'

import { readBody } from '../../../../src/http/readBody'

// A beacon is a few dozen bytes; anything much larger is not one.
const MAX_BODY_BYTES = 2048

/**
 * The JSON object a beacon sends. `navigator.sendBeacon` with a string body posts it as
 * `text/plain` (a "simple" request, so no CORS preflight is needed when the page unloads), so the
 * body is parsed as JSON whatever its content type says.
 */
export async function readBeaconBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const text = await readBody(req, MAX_BODY_BYTES)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new APIError('The body must be a JSON object.', 400)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new APIError('The body must be a JSON object.', 400)
  return body as Record<string, unknown>
}
