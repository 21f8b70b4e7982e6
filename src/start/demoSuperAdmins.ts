import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

import type { Payload } from 'payload'

import { DEMO_PASSWORD } from '../seed/users'

const derive = promisify(pbkdf2)

/**
 * Whether `password` is the one Payload hashed into `hash` with `salt`. Payload does not export
 * its check; these are its two formats (`pbkdf2-sha256-v1:` 600,000 rounds, 32 bytes; legacy
 * 25,000 rounds, 512 bytes), and the start test proves this still recognises a seeded account.
 */
async function payloadPasswordMatches(
  password: string,
  salt: string,
  hash: string,
): Promise<boolean> {
  const current = hash.startsWith('pbkdf2-sha256-v1:')
  const stored = Buffer.from(current ? hash.slice('pbkdf2-sha256-v1:'.length) : hash, 'hex')
  const derived = await derive(
    password,
    salt,
    current ? 600_000 : 25_000,
    current ? 32 : 512,
    'sha256',
  )
  return stored.length === derived.length && timingSafeEqual(stored, derived)
}

/** The emails of super-admins whose password is still the demo seed's (`prism-demo`). */
export async function demoSuperAdmins(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 0,
    // The start check reads every super-admin's salt and hash; no request is involved.
    overrideAccess: true,
    showHiddenFields: true,
    where: { roles: { contains: 'super-admin' } },
  })
  const matches = await Promise.all(
    docs.map(async (user) => {
      const { hash, salt } = user as typeof user & { hash?: unknown; salt?: unknown }
      return typeof hash === 'string' &&
        typeof salt === 'string' &&
        (await payloadPasswordMatches(DEMO_PASSWORD, salt, hash))
        ? user.email
        : null
    }),
  )
  return matches.filter((email): email is string => email !== null)
}
