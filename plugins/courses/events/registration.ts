import { APIError, commitTransaction, type Endpoint, initTransaction, killTransaction, NotFound, type PayloadRequest } from 'payload'

import type { Event } from '../../../payload-types'
import { lockRow } from '../../../src/db/lockRow'
import { idOf } from '../../sites'
import { routeId, signedInUser } from '../endpoints/readableCourse'

/** The event as the sender may read it (site scope, drafts for staff only); 404 otherwise. */
async function readableEvent(req: PayloadRequest): Promise<Event> {
  const event = await req.payload.findByID({ collection: 'events', depth: 0, disableErrors: true, id: routeId(req, 'event'), overrideAccess: false, req, user: req.user })
  if (!event) throw new NotFound(req.t)
  return event
}

const registrationsOf = async (req: PayloadRequest, event: number) => (await req.payload.count({ collection: 'event-registrations', overrideAccess: true, req, where: { event: { equals: event } } })).totalDocs

/**
 * `POST /api/events/:id/register`: a seat for the signed-in user. 400 when registration is closed,
 * the event is cancelled or over; 409 when already registered or full. The event's row is locked
 * while the seats are counted, so two requests can never both take the last seat.
 */
export const registerEndpoint: Endpoint = {
  handler: async (req) => {
    const user = signedInUser(req, 'register')
    const event = await readableEvent(req)
    if (event.status === 'cancelled') throw new APIError(`“${event.title}” is cancelled.`, 400, undefined, true)
    if (!event.registrationOpen) throw new APIError(`Registration for “${event.title}” is closed.`, 400, undefined, true)
    if (new Date(event.endsAt) < new Date()) throw new APIError(`“${event.title}” is over.`, 400, undefined, true)
    const shouldCommit = await initTransaction(req)
    try {
      await lockRow(req, 'events', event.id)
      const { totalDocs: mine } = await req.payload.count({ collection: 'event-registrations', overrideAccess: true, req, where: { and: [{ event: { equals: event.id } }, { user: { equals: user.id } }] } })
      if (mine) throw new APIError('You are already registered for this event.', 409, undefined, true)
      const taken = await registrationsOf(req, event.id)
      if (event.capacity && taken >= event.capacity) throw new APIError(`“${event.title}” is full.`, 409, { seatsLeft: 0 }, true)
      const registration = await req.payload.create({ collection: 'event-registrations', data: { event: event.id, site: idOf(event.site)!, user: user.id }, overrideAccess: true, req })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ registration, seatsLeft: event.capacity ? event.capacity - taken - 1 : null }, { status: 201 })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
  },
  method: 'post',
  path: '/:id/register',
}

/** `DELETE /api/events/:id/register`: gives the seat back; 404 when not registered. */
export const unregisterEndpoint: Endpoint = {
  handler: async (req) => {
    const user = signedInUser(req, 'cancel a registration')
    const event = await readableEvent(req)
    const { docs } = await req.payload.delete({ collection: 'event-registrations', overrideAccess: true, req, where: { and: [{ event: { equals: event.id } }, { user: { equals: user.id } }] } })
    if (!docs.length) throw new APIError('You are not registered for this event.', 404, undefined, true)
    return new Response(null, { status: 204 })
  },
  method: 'delete',
  path: '/:id/register',
}
