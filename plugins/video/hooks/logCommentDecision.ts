import type { CollectionAfterChangeHook } from 'payload'

import type { VideoComment } from '@/payload-types'
import { idOf } from '../../sites'

const actions = { approved: 'approve-comment', rejected: 'reject-comment' } as const

/**
 * Every decision on a comment — through the moderation queue, REST or the admin's edit form —
 * leaves one `moderation-log` row, in the same transaction as the change.
 */
export const logCommentDecision: CollectionAfterChangeHook<VideoComment> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || doc.status === previousDoc?.status || doc.status === 'pending')
    return doc
  const video = idOf(doc.video)
  const site = idOf(doc.site)
  if (video === undefined || site === undefined) return doc
  await req.payload.create({
    collection: 'moderation-log',
    data: {
      action: actions[doc.status],
      comment: doc.id,
      fromStatus: previousDoc?.status,
      moderator: req.user?.id ?? null,
      site,
      toStatus: doc.status,
      video,
    },
    // Nobody writes the log through the API; this row is built from the comment just saved.
    overrideAccess: true,
    req,
  })
  return doc
}
