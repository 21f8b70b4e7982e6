import type { CollectionBeforeChangeHook } from 'payload'

import type { Video } from '@/payload-types'
import { canModerateVideo } from '../access/canManageVideo'

/** What a moderator saw and approved besides the pictures (thumbnail and previews are the pipeline's, never written through the API). */
export const reviewedFields = ['title', 'description', 'tags'] as const

// An empty description or tag list is the same whether it was stored as null, '' or [].
const normalized = (value: unknown) =>
  Array.isArray(value) ? (value.length ? JSON.stringify(value) : '') : String(value ?? '')

/** The reviewed fields whose value differs between two versions of a video. */
export const changedReviewedFields = (before: Partial<Video>, after: Partial<Video>): string[] =>
  reviewedFields.filter(
    (field) => field in after && normalized(after[field]) !== normalized(before[field]),
  )

/**
 * An approved video whose title, description or tags its uploader changes goes back to the
 * moderators (`pending_review`), so an approval cannot be reused for new words: the edit is kept,
 * the video is off the site until a moderator approves it again (`logResubmission` records it).
 * The site's moderators and admins (and global writers) are the reviewers: their edits stand.
 * Server code without a user (seed, workers) is trusted.
 */
export const sendBackToReview: CollectionBeforeChangeHook<Video> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (
    operation !== 'update' ||
    !req.user ||
    originalDoc?.status !== 'approved' ||
    data.status !== 'approved'
  )
    return data
  if (canModerateVideo(req.user, originalDoc)) return data
  return changedReviewedFields(originalDoc, data).length
    ? { ...data, status: 'pending_review' }
    : data
}
