import type { CollectionBeforeDeleteHook } from 'payload'

import { personalDataSources } from '../personalDataSources'

/**
 * Before an account is deleted, by itself (`DELETE /api/users/me`) or by an admin, every plugin's
 * source erases or anonymises what it holds. Payload runs this hook inside the delete's transaction
 * and every source uses `req`, so a source that fails undoes them all and the account stays.
 */
export const eraseUserData: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const source of personalDataSources.read(req.payload.config)) {
    await source.erase(req, Number(id))
  }
}
