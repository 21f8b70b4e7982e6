import { randomBytes } from 'node:crypto'
import type { CollectionConfig } from 'payload'

import { uploaderOrModerator } from '../access/videoChildAccess'
import { systemOnly } from '../access/videoAccess'
import { checkShareable } from '../hooks/checkShareable'
import { keepAfterCreate } from '../hooks/keepAfterCreate'
import { ownedBy } from '../hooks/ownedBy'

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/**
 * Family share links: a secret token that lets whoever holds it watch one approved video until
 * it expires or is revoked, whatever the video's visibility (a password still applies).
 */
export const VideoShares: CollectionConfig = {
  slug: 'video-shares',
  access: {
    create: ({ req }) => Boolean(req.user),
    delete: uploaderOrModerator('createdBy'),
    read: uploaderOrModerator('createdBy'),
    update: uploaderOrModerator('createdBy'),
  },
  admin: {
    defaultColumns: ['video', 'label', 'expiresAt', 'revoked'],
    group: 'Video',
    useAsTitle: 'label',
  },
  custom: { site: { keepAccess: true, siteFrom: { field: 'video', relationTo: 'videos' } } },
  fields: [
    {
      name: 'video',
      type: 'relationship',
      // Checked on create (`checkShareable`); a link never moves to another video.
      access: { update: () => false },
      hooks: {
        beforeValidate: [
          keepAfterCreate('A share link stays on its video: create a new link for another video.'),
        ],
      },
      index: true,
      relationTo: 'videos',
      required: true,
    },
    {
      name: 'label',
      type: 'text',
      admin: { description: 'Who it is for, e.g. “Grandma”.' },
      defaultValue: 'Family',
      maxLength: 80,
    },
    {
      name: 'expiresAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      defaultValue: () => inDays(7),
      required: true,
    },
    { name: 'revoked', type: 'checkbox', defaultValue: false },
    {
      name: 'token',
      type: 'text',
      access: systemOnly,
      admin: {
        components: { Field: '/plugins/video/admin/ShareLinkField#ShareLinkField' },
        readOnly: true,
      },
      defaultValue: () => randomBytes(18).toString('base64url'),
      index: true,
      unique: true,
    },
    {
      name: 'createdBy',
      type: 'relationship',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
      relationTo: 'users',
    },
  ],
  hooks: { beforeChange: [checkShareable, ownedBy('createdBy')] },
}
