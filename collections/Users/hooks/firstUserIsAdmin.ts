import type { CollectionBeforeChangeHook } from 'payload'

/** The account created on the admin's first-run screen must be able to run the instance. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['super-admin'] } : data
}
