import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { enforceRateLimit, rateLimitKey, requestAddress } from './enforceRateLimit'
import { clearRateLimit, forgiveHit } from './hitRateLimit'
import { rateLimitOf } from './limits'

const accountOf = (data: unknown): string => {
  const { email, username } = (data ?? {}) as { email?: unknown; username?: unknown }
  const account = typeof email === 'string' ? email : typeof username === 'string' ? username : ''
  return account.toLowerCase().trim()
}

/**
 * Throttles logins per client address, and per address and account, before the password is
 * checked. Nothing is locked for everyone (Payload's `maxLoginAttempts` is off): an attacker's
 * wrong passwords slow down the attacker's address, and the owner still signs in from their own.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = requestAddress(req)
  await enforceRateLimit(req, 'loginAddress', address)
  await enforceRateLimit(req, 'loginAccount', address, accountOf((args as { data?: unknown }).data))
  return args
}

/** A right password ends its account's count at this address and takes its hit back from the address. */
export const forgiveLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.payloadAPI === 'local') return user
  const address = requestAddress(req)
  await clearRateLimit(req.payload, rateLimitKey('loginAccount', address, accountOf(user)))
  if (rateLimitOf('loginAddress'))
    await forgiveHit(req.payload, rateLimitKey('loginAddress', address))
  return user
}
