import type { CollectionConfig } from 'payload'

import { moderatorsOnly } from '../access/videoChildAccess'

/** Every moderation decision — who, what, when, why. Written by the moderation endpoints only; never edited. */
export const ModerationLog: CollectionConfig = {
  slug: 'moderation-log',
  access: { create: () => false, delete: () => false, read: moderatorsOnly, update: () => false },
  admin: {
    defaultColumns: ['action', 'video', 'moderator', 'notes', 'createdAt'],
    group: 'Video',
    useAsTitle: 'action',
  },
  custom: { site: { keepAccess: true, siteFrom: { field: 'video', relationTo: 'videos' } } },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      // `resubmit`: an edit by the uploader sent an approved video back to review.
      options: [
        'approve',
        'reject',
        'auto-approve',
        'approve-comment',
        'reject-comment',
        'retry',
        'resubmit',
      ],
      required: true,
    },
    { name: 'video', type: 'relationship', index: true, relationTo: 'videos', required: true },
    { name: 'comment', type: 'relationship', relationTo: 'video-comments' },
    { name: 'moderator', type: 'relationship', relationTo: 'users' },
    { name: 'fromStatus', type: 'text' },
    { name: 'toStatus', type: 'text' },
    { name: 'notes', type: 'textarea' },
  ],
  timestamps: true,
}
