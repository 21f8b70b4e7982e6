import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../sites'
import { visibleVideo } from '../access/visibleVideo'

/**
 * A comment goes only under a video its sender can see and that is approved, and always starts
 * pending, whoever sends it: moderation decides through the moderation endpoints.
 */
export const checkCommentable: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const visible = await visibleVideo(req, idOf(data.video))
  if (!visible || visible.status !== 'approved')
    throw new APIError('Comments are open only on approved videos you can watch.', 400)
  return { ...data, author: req.user?.id ?? null, status: 'pending' }
}
