import { APIError } from 'payload'

import { env } from '../env'
import { type BodySource, readBody } from './readBody'

type ReadJsonOptions = {
  /** The 400's message: what the endpoint expects, so a client can fix its request. */
  hint?: string
  /** 413 above this; endpoints whose bodies are tiny pass less than the API's limit. */
  maxBytes?: number
  /** An empty body reads as `{}` where every field is optional. */
  optional?: boolean
}

/**
 * The request's body as a JSON object, whatever its content type says (`navigator.sendBeacon`
 * posts JSON as text/plain): 400 with `hint` when it is missing, not JSON or not an object.
 */
export async function readJson(
  req: BodySource,
  {
    hint = 'The body must be a JSON object.',
    maxBytes = env.apiBodyMaxBytes,
    optional = false,
  }: ReadJsonOptions = {},
): Promise<Record<string, unknown>> {
  const text = await readBody(req, maxBytes)
  if (optional && !text) return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new APIError(hint, 400)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new APIError(hint, 400)
  return body as Record<string, unknown>
}
