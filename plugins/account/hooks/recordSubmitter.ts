import type { CollectionBeforeChangeHook, CollectionSlug, Field } from 'payload'

/** Who sent a form while signed in: export and deletion find a person's submissions by this, never by a typed email. */
export const submittedByField = (usersSlug: CollectionSlug): Field => ({
  name: 'submittedBy',
  type: 'relationship',
  // Set from the session only; nobody can file a submission under someone else's account.
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  index: true,
  relationTo: usersSlug,
})

export const recordSubmitter =
  (usersSlug: string): CollectionBeforeChangeHook =>
  ({ data, operation, req }) =>
    operation === 'create' && req.user?.collection === usersSlug
      ? { ...data, submittedBy: req.user.id }
      : data
