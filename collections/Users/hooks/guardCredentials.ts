import { APIError, type CollectionBeforeOperationHook } from 'payload'

import type { User } from '@/payload-types'
import { hasRole } from '@/src/access/roles'
import { confirmCurrentPassword } from './confirmCurrentPassword'

type Input = { data?: Partial<User> & { currentPassword?: unknown }; id?: number | string }

const filled = (value: unknown): boolean => typeof value === 'string' && value !== ''

/** Which credentials this input would change on `original` (undefined: on an account not known yet). */
function credentialChanges(
  data: NonNullable<Input['data']>,
  original?: Pick<User, 'email' | 'enableAPIKey'>,
): string[] {
  const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : undefined
  return [
    filled(data.password) && 'password',
    email !== undefined && email !== original?.email && 'email',
    (filled(data.apiKey) || (data.enableAPIKey === true && !original?.enableAPIKey)) && 'API key',
  ].filter((change): change is string => Boolean(change))
}

/**
 * Credentials (password, email, API key) are managed by the account's owner, who confirms with
 * their current password (a stolen session or key alone must not be enough to lock the owner out
 * or to mint a key that outlives the session), or by a super-admin. A site admin never sets them
 * on someone else's account: a key they set or a password they know lets them act as that person
 * on every other site.
 *
 * A `beforeOperation` hook, so it sees the input before field access strips it and answers with a
 * clear 4xx. System calls (no user: seed, workers) pass.
 */
export const guardCredentials: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const { user } = req
  if (!user || (operation !== 'create' && operation !== 'update')) return args
  const { id, data } = args as Input
  if (!data) return args
  const superAdmin = hasRole(user, 'super-admin')

  if (operation === 'create') {
    if (!superAdmin && credentialChanges(data).includes('API key')) {
      throw new APIError(
        'Only a super-admin creates an account with an API key; its owner can add one later.',
        403,
      )
    }
    return args
  }
  if (!credentialChanges(data).length) return args
  if (id === undefined) {
    throw new APIError(
      'Change a password, email or API key on one account at a time (PATCH /api/users/:id).',
      403,
    )
  }
  // Full rights: reads only the account this update names, to compare its email and key state.
  const original = await req.payload.findByID({
    id,
    collection: 'users',
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!original) return args // the update itself answers 404
  const changes = credentialChanges(data, original)
  if (!changes.length) return args
  if (original.id !== user.id) {
    if (superAdmin) return args
    throw new APIError(
      `Only the account's owner or a super-admin changes its credentials (${changes.join(', ')}).`,
      403,
    )
  }
  await confirmCurrentPassword(req, original.email, data.currentPassword)
  return args
}
