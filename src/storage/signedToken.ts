import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

import { env, payloadSecret } from '../env'

// Derived under its own label, so these tokens and Payload's sessions never share a key.
const keyLabel = 'prism/signed-token/v1'

const signature = (scope: string, expiry: string) => {
  const key = Buffer.from(hkdfSync('sha256', payloadSecret(), '', keyLabel, 32))
  // The separator keeps (`video:4`, `21…`) and (`video:42`, `1…`) from signing the same bytes.
  return createHmac('sha256', key).update(`${scope}\n${expiry}`).digest('base64url')
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * A token granting `scope` (such as `video:42`) until it expires: `<expiry unix seconds>.<signature>`.
 * Only URL-safe characters, so it can sit in a path segment that relative HLS URLs inherit.
 */
export function signToken(scope: string, expiresInSeconds: number = env.signedUrlSeconds): string {
  if (!Number.isFinite(expiresInSeconds)) throw new RangeError(`Invalid token lifetime ${expiresInSeconds}`)
  const expiry = String(nowSeconds() + Math.floor(expiresInSeconds))
  return `${expiry}.${signature(scope, expiry)}`
}

/** True only for an unexpired token that `signToken` made for this very scope. */
export function verifyToken(scope: string, token: string): boolean {
  // 43 characters: a SHA-256 digest in unpadded base64url.
  const match = typeof token === 'string' ? /^(\d{1,12})\.([\w-]{43})$/.exec(token) : null
  if (!match) return false
  const [, expiry, given] = match
  if (Number(expiry) <= nowSeconds()) return false
  // Compared as text, so a second spelling of the same bytes (base64's spare low bits) is not accepted.
  return timingSafeEqual(Buffer.from(given), Buffer.from(signature(scope, expiry)))
}
