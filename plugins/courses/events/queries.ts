import config from '@payload-config'
import type { Event } from '@payload-types'
import { getPayload, type Where } from 'payload'

import { idOf } from '../../sites'
import { seatsLeft } from './registrationRules'

type Range = { endsAfter?: Date; endsBefore?: Date; startsAfter?: Date; startsBefore?: Date }

/** A site's public events (published and cancelled, never drafts) in `range`, soonest first (`newestFirst` for an archive). */
export async function querySiteEvents(siteId: number, range: Range, { limit = 200, newestFirst = false } = {}): Promise<Event[]> {
  const payload = await getPayload({ config })
  const bounds: Where[] = [
    range.endsAfter && { endsAt: { greater_than_equal: range.endsAfter.toISOString() } },
    range.endsBefore && { endsAt: { less_than: range.endsBefore.toISOString() } },
    range.startsAfter && { startsAt: { greater_than_equal: range.startsAfter.toISOString() } },
    range.startsBefore && { startsAt: { less_than: range.startsBefore.toISOString() } },
  ].filter((bound): bound is Where => Boolean(bound))
  const where: Where = { and: [{ site: { equals: siteId } }, { status: { in: ['published', 'cancelled'] } }, ...bounds] }
  return (await payload.find({ collection: 'events', depth: 0, limit, overrideAccess: false, sort: newestFirst ? '-startsAt' : 'startsAt', where })).docs
}

/** Registrations per event, counted in one query. */
export async function registrationCounts(eventIds: number[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>(eventIds.map((id) => [id, 0]))
  if (!eventIds.length) return counts
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'event-registrations', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { event: true }, where: { event: { in: eventIds } } })
  for (const { event } of docs) counts.set(idOf(event)!, (counts.get(idOf(event)!) ?? 0) + 1)
  return counts
}

export type EventDetails = { event: Event; registered: boolean; registrations: number; seatsLeft: null | number }

/** A site's public event by slug, with its registration count, the seats left and whether `userId` holds one; null for none. */
export async function querySiteEvent(siteId: number, slug: string, userId: null | number): Promise<EventDetails | null> {
  const payload = await getPayload({ config })
  const where: Where = { and: [{ site: { equals: siteId } }, { slug: { equals: slug } }, { status: { in: ['published', 'cancelled'] } }] }
  const event = (await payload.find({ collection: 'events', depth: 1, limit: 1, overrideAccess: false, where })).docs[0]
  if (!event) return null
  const [registrations, mine] = await Promise.all([
    payload.count({ collection: 'event-registrations', overrideAccess: true, where: { event: { equals: event.id } } }),
    userId === null ? null : payload.count({ collection: 'event-registrations', overrideAccess: true, where: { and: [{ event: { equals: event.id } }, { user: { equals: userId } }] } }),
  ])
  return { event, registered: Boolean(mine?.totalDocs), registrations: registrations.totalDocs, seatsLeft: seatsLeft(event.capacity, registrations.totalDocs) }
}
