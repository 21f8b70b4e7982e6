import type { CollectionBeforeChangeHook } from 'payload'

/** On create the owner field is the sender, whatever was sent. */
export const ownedBy =
  (field: string): CollectionBeforeChangeHook =>
  ({ data, operation, req }) =>
    operation === 'create' && req.user ? { ...data, [field]: req.user.id } : data
