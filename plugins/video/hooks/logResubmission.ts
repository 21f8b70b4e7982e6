import type { CollectionAfterChangeHook } from 'payload'

import type { Video } from '@/payload-types'
import { idOf } from '../../sites'
import { changedReviewedFields } from './sendBackToReview'

/** One `moderation-log` row (`resubmit`) when an edit sent an approved video back to review, in the same transaction. */
export const logResubmission: CollectionAfterChangeHook<Video> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (
    operation !== 'update' ||
    previousDoc?.status !== 'approved' ||
    doc.status !== 'pending_review'
  )
    return doc
  const site = idOf(doc.site)
  if (site === undefined) return doc
  await req.payload.create({
    collection: 'moderation-log',
    data: {
      action: 'resubmit',
      fromStatus: 'approved',
      moderator: req.user?.id ?? null,
      notes: `Changed after approval: ${changedReviewedFields(previousDoc, doc).join(', ')}.`,
      site,
      toStatus: 'pending_review',
      video: doc.id,
    },
    // Nobody creates log rows through the API; this one is written from the document just saved.
    overrideAccess: true,
    req,
  })
  return doc
}
