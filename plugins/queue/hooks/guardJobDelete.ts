import { APIError, type CollectionBeforeDeleteHook, type SchedulePublishTaskInput } from 'payload'

import { isSuperAdmin } from '../../sites'
import { canPublishTarget } from '../access/canPublishTarget'

/**
 * Payload's `schedule-publish` server function deletes the job named by `deleteID` with the full
 * rights of the Local API, whoever asks. In a request of a user, a job is deleted only by a
 * super-admin or, for a scheduled publish, by someone who may publish its document: an editor of
 * one site cannot cancel another site's scheduled publishing. Payload's own clean-ups run without
 * a user (or straight on the database) and pass.
 */
export const guardJobDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || isSuperAdmin(req.user)) return
  const job = await req.payload.db.findOne<{
    id: number | string
    input?: SchedulePublishTaskInput
    taskSlug?: string
  }>({ collection: 'payload-jobs', req, where: { id: { equals: id } } })
  if (job?.taskSlug === 'schedulePublish' && (await canPublishTarget(req, job.input))) return
  throw new APIError(
    'You can only cancel the scheduled publishing of documents you may publish yourself.',
    403,
    undefined,
    true,
  )
}
