import type { CollectionConfig } from 'payload'

import { ownOrTaught } from '../access/courseAccess'
import { courseWriters } from '../roles'

const never = () => false

/** A signed-in user's place at an event: made and cancelled through the event endpoints, which check capacity. */
export const EventRegistrations: CollectionConfig<'event-registrations'> = {
  slug: 'event-registrations',
  access: { create: never, delete: ownOrTaught, read: ownOrTaught, update: never },
  admin: { defaultColumns: ['event', 'user', 'createdAt'], group: 'Events' },
  custom: {
    site: {
      keepAccess: true,
      roles: courseWriters,
      siteFrom: { field: 'event', relationTo: 'events' },
    },
  },
  fields: [
    { name: 'event', type: 'relationship', index: true, relationTo: 'events', required: true },
    { name: 'user', type: 'relationship', index: true, relationTo: 'users', required: true },
  ],
  indexes: [{ fields: ['event', 'user'], unique: true }],
}
