import { createHmac } from 'node:crypto'

import { env } from '../env'
import { type KeyPurpose, purposeKey, sameSecret } from '../secrets'

/** No signed token lives longer than this, whatever SIGNED_URL_SECONDS or a caller asks for. */
export const MAX_TOKEN_SECONDS = 24 * 60 * 60

const signature = (purpose: KeyPurpose, scope: string, expiry: string) =>
  // The separator keeps (`video:4`, `21…`) and (`video:42`, `1…`) from signing the same bytes.
  createHmac('sha256', purposeKey(purpose)).update(`${scope}\n${expiry}`).digest('base64url')

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * A token granting `scope` (such as `video:42`) until it expires: `<expiry unix seconds>.<signature>`,
 * signed with the key of `purpose` (stream URLs by default). At most `MAX_TOKEN_SECONDS` long.
 * Only URL-safe characters, so it can sit in a path segment that relative HLS URLs inherit.
 */
export function signToken(
  scope: string,
  expiresInSeconds: number = env.signedUrlSeconds,
  purpose: KeyPurpose = 'stream-token',
): string {
  if (!Number.isFinite(expiresInSeconds))
    throw new RangeError(`Invalid token lifetime ${expiresInSeconds}`)
  const expiry = String(nowSeconds() + Math.min(Math.floor(expiresInSeconds), MAX_TOKEN_SECONDS))
  return `${expiry}.${signature(purpose, scope, expiry)}`
}

/**
 * True only for an unexpired token that `signToken` made for this very scope and purpose. A token
 * that claims to last longer than `MAX_TOKEN_SECONDS` from now was not made here: refused.
 */
export function verifyToken(
  scope: string,
  token: string,
  purpose: KeyPurpose = 'stream-token',
): boolean {
  // 43 characters: a SHA-256 digest in unpadded base64url.
  const match = typeof token === 'string' ? /^(\d{1,12})\.([\w-]{43})$/.exec(token) : null
  if (!match) return false
  const [, expiry, given] = match
  const remaining = Number(expiry) - nowSeconds()
  if (remaining <= 0 || remaining > MAX_TOKEN_SECONDS) return false
  // Compared as text, so a second spelling of the same bytes (base64's spare low bits) is not accepted.
  return sameSecret(given, signature(purpose, scope, expiry))
}
