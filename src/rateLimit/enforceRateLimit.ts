import { APIError, type PayloadRequest } from 'payload'

import { clientAddress } from '../site/hosts/clientAddress'
import { hitRateLimit } from './hitRateLimit'
import { type RateLimitName, rateLimitOf } from './limits'

/** What a request is counted under: its client address, or one shared `unknown` bucket without one. */
export const requestAddress = (req: Pick<PayloadRequest, 'headers'>): string =>
  (req.headers && clientAddress(req.headers)) || 'unknown'

/** The key of limit `name` for these parts (an address, an account, a video). */
export const rateLimitKey = (name: RateLimitName, ...parts: (number | string)[]): string =>
  [name, ...parts].join(':')

/**
 * Counts one hit of limit `name` for `parts` and refuses the request above it: 429 with
 * `Retry-After` (seconds), through Payload's error response (REST and custom endpoints).
 * Only requests from outside count: Local API calls by our own code are never limited.
 */
export async function enforceRateLimit(
  req: PayloadRequest,
  name: RateLimitName,
  ...parts: (number | string)[]
): Promise<void> {
  const limit = rateLimitOf(name)
  if (!limit || req.payloadAPI === 'local') return
  const { allowed, retryAfterSeconds } = await hitRateLimit(
    req.payload,
    rateLimitKey(name, ...parts),
    limit,
  )
  if (allowed) return
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  throw new APIError(
    `Too many attempts: try again in ${retryAfterSeconds} seconds.`,
    429,
    { retryAfterSeconds },
    true,
  )
}
