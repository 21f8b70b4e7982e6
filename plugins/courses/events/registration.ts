import {
  APIError,
  type Endpoint,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
  type Where,
} from 'payload'

import type { Event } from '@/payload-types'
import { inTransaction } from '@/src/db/inTransaction'
import { lockRow } from '@/src/db/lockRow'
import { requireUser } from '@/src/http/requireUser'
import { idOf } from '../../sites'
import { routeId } from '../endpoints/readableCourse'
import { EVENTS_FEATURE } from '../features'
import { registrationRefusal, seatsLeft } from './registrationRules'

/** The event as the sender may read it, published or cancelled, on a site with events switched on; 404 otherwise. */
async function readableEvent(req: PayloadRequest, id: number): Promise<Event> {
  const event = await req.payload.findByID({
    id,
    collection: 'events',
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    req,
    user: req.user,
  })
  const site =
    event &&
    (await req.payload.findByID({
      id: idOf(event.site)!,
      collection: 'sites',
      depth: 0,
      disableErrors: true,
      overrideAccess: false,
      req,
      select: { features: true },
      user: req.user,
    }))
  if (!event || event.status === 'draft' || !site?.features?.includes(EVENTS_FEATURE))
    throw new APIError(`There is no event ${id} on this site.`, 404, undefined, true)
  return event
}

const registrationsWhere = (event: number, user?: number): Where => ({
  and: [{ event: { equals: event } }, ...(user ? [{ user: { equals: user } }] : [])],
})

/**
 * `POST /api/events/:id/register`: a seat for the signed-in user. 201 `{ registration,
 * registrations, seatsLeft }`; 400 when the event is cancelled, over or closed; 409 when already
 * registered or full. The event's row is locked before it is read, so a second request for the
 * last seat waits for the first to commit and then counts its registration.
 */
export const registerEndpoint: Endpoint = {
  handler: async (req) => {
    const user = requireUser(req, 'register for an event')
    const id = routeId(req, 'event')
    return inTransaction(req, async () => {
      await lockRow(req, 'events', id)
      const event = await readableEvent(req, id)
      const refusal = registrationRefusal(event)
      if (refusal) throw new APIError(refusal, 400, undefined, true)
      // overrideAccess: seats are counted over everyone's registrations, of an event read with the sender's access; only the number is used.
      const count = async (userId?: number) =>
        (
          await req.payload.count({
            collection: 'event-registrations',
            overrideAccess: true,
            req,
            where: registrationsWhere(event.id, userId),
          })
        ).totalDocs
      const [registrations, mine] = [await count(), await count(user.id)]
      if (mine)
        throw new APIError(`You are already registered for “${event.title}”.`, 409, undefined, true)
      if (seatsLeft(event.capacity, registrations) === 0)
        throw new APIError(`“${event.title}” is full.`, 409, { registrations, seatsLeft: 0 }, true)
      // No `site` (the type wants one): the sites plugin copies it from the event, and the multi-tenant
      // plugin refuses a site named by a user without a role there, a member of another site say.
      const data = {
        event: event.id,
        user: user.id,
      } as RequiredDataFromCollectionSlug<'event-registrations'>
      // overrideAccess: registrations are made only here (create access is closed); the event was read with access, the user is req.user.
      const registration = await req.payload.create({
        collection: 'event-registrations',
        data,
        depth: 0,
        overrideAccess: true,
        req,
      })
      return Response.json(
        {
          registration,
          registrations: registrations + 1,
          seatsLeft: seatsLeft(event.capacity, registrations + 1),
        },
        { status: 201 },
      )
    })
  },
  method: 'post',
  path: '/:id/register',
}

/** `DELETE /api/events/:id/register`: gives the signed-in user's seat back (204); 404 when not registered. */
export const unregisterEndpoint: Endpoint = {
  handler: async (req) => {
    const user = requireUser(req, 'cancel a registration')
    const event = await readableEvent(req, routeId(req, 'event'))
    const { docs } = await req.payload.delete({
      collection: 'event-registrations',
      overrideAccess: false,
      req,
      user,
      where: registrationsWhere(event.id, user.id),
    })
    if (!docs.length)
      throw new APIError(`You are not registered for “${event.title}”.`, 404, undefined, true)
    return new Response(null, { status: 204 })
  },
  method: 'delete',
  path: '/:id/register',
}
