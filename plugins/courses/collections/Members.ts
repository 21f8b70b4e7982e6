import type { CollectionConfig } from 'payload'

import { canCreateOnSite, siteWriters } from '../../sites'
import { ownOrTaught } from '../access/courseAccess'
import { fixedAfterCreate } from '../hooks/fixedAfterCreate'
import { courseWriters } from '../roles'
import { subscriptionTiers } from '../tiers'

const staffOnly = { create: () => false, update: () => false }

/**
 * A member's profile on a site: display name, bio, avatar, and the subscription tier that site's
 * staff (or the payment webhook) grants, with its expiry. One per user and site.
 */
export const Members: CollectionConfig<'members'> = {
  slug: 'members',
  access: {
    create: canCreateOnSite(courseWriters),
    delete: siteWriters(courseWriters),
    read: ownOrTaught,
    update: ownOrTaught,
  },
  admin: {
    defaultColumns: ['displayName', 'user', 'tier', 'tierExpiresAt'],
    group: 'Courses',
    useAsTitle: 'displayName',
  },
  custom: { site: { keepAccess: true, roles: courseWriters } },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      access: staffOnly,
      index: true,
      relationTo: 'users',
      required: true,
      unique: true,
    },
    { name: 'displayName', type: 'text', maxLength: 100 },
    { name: 'bio', type: 'textarea', maxLength: 2000 },
    { name: 'avatar', type: 'upload', relationTo: 'media' },
    {
      name: 'tier',
      type: 'select',
      access: staffOnly,
      admin: { position: 'sidebar' },
      defaultValue: 'free',
      options: [...subscriptionTiers],
      required: true,
    },
    {
      name: 'tierExpiresAt',
      type: 'date',
      access: staffOnly,
      admin: { description: 'Empty: does not expire.', position: 'sidebar' },
    },
  ],
  // A profile and its tier belong to one site: someone who writes two sites cannot carry a tier across.
  hooks: {
    beforeValidate: [
      fixedAfterCreate(
        ['site'],
        'A member profile cannot move to another site: it holds that site’s tier.',
      ),
    ],
  },
}
