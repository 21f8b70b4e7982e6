import type { CollectionConfig } from 'payload'

import { throttleCreates } from '@/src/rateLimit/throttleCreates'
import { allOf, anyOf, siteScope } from '../../sites'
import { moderatorsOnly } from '../access/videoChildAccess'
import { systemOnly } from '../access/videoAccess'
import { checkCommentable } from '../hooks/checkCommentable'
import { keepAfterCreate } from '../hooks/keepAfterCreate'
import { logCommentDecision } from '../hooks/logCommentDecision'

/**
 * Comments under a video, moderated on their own: a new comment waits (`pending`) until a
 * moderator approves it, and only approved comments are public.
 */
export const VideoComments: CollectionConfig = {
  slug: 'video-comments',
  access: {
    create: () => true,
    delete: moderatorsOnly,
    read: async (args) =>
      anyOf(
        await moderatorsOnly(args),
        allOf({ status: { equals: 'approved' } }, await siteScope(args.req)),
      ),
    update: moderatorsOnly,
  },
  admin: {
    defaultColumns: ['body', 'authorName', 'video', 'status', 'createdAt'],
    group: 'Video',
    useAsTitle: 'body',
  },
  custom: { site: { keepAccess: true, siteFrom: { field: 'video', relationTo: 'videos' } } },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'video',
      type: 'relationship',
      // Checked on create (`checkCommentable`); a comment never moves under another video.
      access: { update: () => false },
      hooks: {
        beforeValidate: [keepAfterCreate('A comment stays under the video it was written for.')],
      },
      index: true,
      relationTo: 'videos',
      required: true,
    },
    { name: 'authorName', type: 'text', maxLength: 60, required: true },
    { name: 'body', type: 'textarea', maxLength: 2000, minLength: 1, required: true },
    {
      name: 'status',
      type: 'select',
      access: { create: () => false },
      admin: { position: 'sidebar' },
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'approved', 'rejected'],
      required: true,
    },
    {
      name: 'author',
      type: 'relationship',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
      relationTo: 'users',
    },
  ],
  hooks: {
    afterChange: [logCommentDecision],
    beforeChange: [checkCommentable],
    beforeOperation: [throttleCreates('comments')],
  },
}
