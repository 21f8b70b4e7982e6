import type { Where } from 'payload'

import { requireAll } from '../requireAll'
import type { PersonalDataSource } from '../types'

const ofUser = (userId: number): Where => ({
  and: [{ 'user.relationTo': { equals: 'users' } }, { 'user.value': { equals: userId } }],
})

/**
 * The admin panel's preferences (columns, collapsed groups…) and document locks of the person.
 * Full rights, because the only condition is the user's own id.
 */
export const preferencesData: PersonalDataSource = {
  name: 'preferences',
  collections: ['payload-preferences', 'payload-locked-documents'],
  erase: async (req, userId) => {
    await requireAll(
      'payload-locked-documents',
      req.payload.delete({
        collection: 'payload-locked-documents',
        overrideAccess: true,
        req,
        where: ofUser(userId),
      }),
    )
    await requireAll(
      'payload-preferences',
      req.payload.delete({
        collection: 'payload-preferences',
        overrideAccess: true,
        req,
        where: ofUser(userId),
      }),
    )
  },
  export: async (req, userId) =>
    (
      await req.payload.find({
        collection: 'payload-preferences',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        where: ofUser(userId),
      })
    ).docs.map(({ key, value }) => ({ key, value })),
}
