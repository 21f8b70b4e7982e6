import { canAccessAdmin, type FieldAccess } from 'payload'

import { hasRole } from '@/src/access/roles'

/**
 * The API key fields (`apiKey`, and through Payload `enableAPIKey`, `apiKeyIndex`, `hasAPIKey`):
 * a super-admin, or the account's owner if they use the admin panel (Payload's own condition for
 * keys). Nobody else may set a key: whoever sets it knows it, and would act as that person.
 */
export const ownKeyOrSuperAdmin: FieldAccess = async ({ id, doc, req }) => {
  if (hasRole(req.user, 'super-admin')) return true
  const target = id ?? (doc as undefined | { id?: number | string })?.id
  if (!req.user || target === undefined || String(target) !== String(req.user.id)) return false
  try {
    await canAccessAdmin({ req })
    return true
  } catch {
    return false
  }
}
