import type { CollectionBeforeOperationHook } from 'payload'

import { enforceRateLimit, requestAddress } from './enforceRateLimit'
import type { RateLimitName } from './limits'

/** Limits how many documents one client address creates through REST and GraphQL (comments, form submissions). */
export const throttleCreates =
  (name: RateLimitName): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation === 'create') await enforceRateLimit(req, name, requestAddress(req))
    return args
  }
