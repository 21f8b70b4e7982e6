import type { CollectionConfig } from 'payload'

import { kidsAccess } from '../access/kidsAccess'
import { systemOnly } from '../access/videoAccess'
import { ownedBy } from '../hooks/ownedBy'
import { videoUploaders } from '../roles'

/** A child's profile, managed by their parent; videos name the kid they show. Never public. */
export const Kids: CollectionConfig = {
  slug: 'kids',
  access: kidsAccess,
  admin: { defaultColumns: ['name', 'birthYear', 'parent'], group: 'Video', useAsTitle: 'name' },
  // Parents (creators) add their own kids' profiles.
  custom: { site: { keepAccess: true, roles: videoUploaders } },
  fields: [
    {
      name: 'name',
      type: 'text',
      admin: { description: 'A first name or nickname is enough.' },
      maxLength: 80,
      required: true,
    },
    {
      name: 'birthYear',
      type: 'number',
      max: new Date().getFullYear(),
      min: new Date().getFullYear() - 18,
    },
    {
      name: 'parent',
      type: 'relationship',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
      index: true,
      relationTo: 'users',
    },
  ],
  hooks: { beforeChange: [ownedBy('parent')] },
}
