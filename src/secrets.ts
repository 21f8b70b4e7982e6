import { hkdfSync, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from './env'

/** Everything Prism signs besides Payload's own sessions, one key each. */
export type KeyPurpose = 'preview-link' | 'stream-token'

/**
 * The key of one purpose, derived from PAYLOAD_SECRET (HKDF-SHA256, the purpose as its label), so
 * a key that leaks or is handed out for one purpose signs nothing of another, and none of them is
 * the secret that signs Payload's sessions.
 */
export function purposeKey(purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', payloadSecret(), '', `prism/${purpose}/v1`, 32))
}

/** Constant-time comparison of two secrets, tokens or signatures given as text. */
export function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)]
  // The length is no secret (signatures and tokens have a fixed one); the content is.
  return a.length === b.length && timingSafeEqual(a, b)
}
