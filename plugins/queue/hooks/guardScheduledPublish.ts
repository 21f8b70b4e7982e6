import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  createLocalReq,
  type SchedulePublishTaskInput,
} from 'payload'

import { canPublishTarget } from '../access/canPublishTarget'

const refuse = () =>
  new APIError(
    'You can only schedule the publishing of documents you may publish yourself.',
    403,
    undefined,
    true,
  )

/**
 * A scheduled publish runs later, on a worker, as the user named in its `input.user` (or with full
 * rights when it names nobody). So it is created only as that user, and only for a document that
 * user may publish now: the admin's Schedule drawer (Payload's `schedule-publish` server function,
 * which checks nothing but admin access) cannot queue the publish of another site's page. A job
 * naming nobody comes from server code alone: the collection refuses REST and GraphQL creates, and
 * a request with a user must name that user.
 */
export const guardScheduledPublish: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || data.taskSlug !== 'schedulePublish') return data
  const input = data.input as SchedulePublishTaskInput | undefined
  const scheduler = input?.user
  const schedulerId =
    typeof scheduler === 'object' && scheduler !== null ? scheduler.value : scheduler
  if (req.user && String(schedulerId) !== String(req.user.id)) throw refuse()
  if (schedulerId === undefined || schedulerId === null) return data
  // Read by id with full rights only to learn who the scheduler is; what they may do is then
  // decided by their own access below. The id is the session user's (set by Payload's server
  // function), never taken from a request body: REST and GraphQL cannot create jobs.
  const relationTo: CollectionSlug =
    typeof scheduler === 'object' && scheduler !== null
      ? scheduler.relationTo
      : (req.payload.config.admin.user as CollectionSlug)
  const user = await req.payload.findByID({
    id: schedulerId,
    collection: relationTo,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!user) throw refuse()
  const asScheduler = await createLocalReq(
    { user: { ...user, collection: relationTo } as NonNullable<typeof req.user> },
    req.payload,
  )
  if (!(await canPublishTarget(asScheduler, input))) throw refuse()
  return data
}
