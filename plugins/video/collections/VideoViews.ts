import type { CollectionConfig } from 'payload'

import { moderatorsOnly } from '../access/videoChildAccess'

/**
 * One row per viewing (a page load of the player), fed by the view beacon: how long it watched and
 * where it stopped. The video keeps the totals (`stats`). Written by the beacon endpoint only.
 */
export const VideoViews: CollectionConfig = {
  slug: 'video-views',
  access: {
    create: () => false,
    delete: moderatorsOnly,
    read: moderatorsOnly,
    update: () => false,
  },
  admin: {
    defaultColumns: ['video', 'watchedSeconds', 'lastPosition', 'updatedAt'],
    group: 'Video',
  },
  custom: { site: { keepAccess: true, siteFrom: { field: 'video', relationTo: 'videos' } } },
  fields: [
    { name: 'video', type: 'relationship', index: true, relationTo: 'videos', required: true },
    { name: 'viewId', type: 'text', index: true, required: true, unique: true },
    { name: 'viewer', type: 'relationship', index: true, relationTo: 'users' },
    { name: 'watchedSeconds', type: 'number', defaultValue: 0 },
    { name: 'lastPosition', type: 'number', defaultValue: 0 },
  ],
}
