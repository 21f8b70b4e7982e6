import config from '@payload-config'
import type { Event } from '@payload-types'
import { getPayload, type Where } from 'payload'
import { cache } from 'react'

import { idOf } from '../../sites'
import { seatsLeft } from './registrationRules'

type Range = { endsAfter?: Date; endsBefore?: Date; startsAfter?: Date; startsBefore?: Date }

/** A site's public events (published and cancelled, never drafts) in `range`, soonest first (`newestFirst` for an archive). */
export async function querySiteEvents(
  siteId: number,
  range: Range,
  { limit = 200, newestFirst = false } = {},
): Promise<Event[]> {
  const payload = await getPayload({ config })
  const bounds: Where[] = []
  if (range.endsAfter)
    bounds.push({ endsAt: { greater_than_equal: range.endsAfter.toISOString() } })
  if (range.endsBefore) bounds.push({ endsAt: { less_than: range.endsBefore.toISOString() } })
  if (range.startsAfter)
    bounds.push({ startsAt: { greater_than_equal: range.startsAfter.toISOString() } })
  if (range.startsBefore) bounds.push({ startsAt: { less_than: range.startsBefore.toISOString() } })
  const where: Where = {
    and: [{ site: { equals: siteId } }, { status: { in: ['published', 'cancelled'] } }, ...bounds],
  }
  return (
    await payload.find({
      collection: 'events',
      depth: 0,
      limit,
      overrideAccess: false,
      sort: newestFirst ? '-startsAt' : 'startsAt',
      where,
    })
  ).docs
}

/** Registrations per event, counted in one query. */
export async function registrationCounts(eventIds: number[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>(eventIds.map((id) => [id, 0]))
  if (!eventIds.length) return counts
  const payload = await getPayload({ config })
  // overrideAccess: counts over everyone's registrations of events the caller read with access (`querySiteEvents`); only numbers leave here.
  const { docs } = await payload.find({
    collection: 'event-registrations',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { event: true },
    where: { event: { in: eventIds } },
  })
  for (const { event } of docs) counts.set(idOf(event)!, (counts.get(idOf(event)!) ?? 0) + 1)
  return counts
}

/** A site's public event (published or cancelled) by slug; null for none. */
export async function findSiteEvent(siteId: number, slug: string): Promise<Event | null> {
  const payload = await getPayload({ config })
  const where: Where = {
    and: [
      { site: { equals: siteId } },
      { slug: { equals: slug } },
      { status: { in: ['published', 'cancelled'] } },
    ],
  }
  return (
    (await payload.find({ collection: 'events', depth: 1, limit: 1, overrideAccess: false, where }))
      .docs[0] ?? null
  )
}

export type EventDetails = {
  event: Event
  registered: boolean
  registrations: number
  seatsLeft: null | number
}

/** A site's public event by slug, with its registration count, the seats left and whether `userId` holds one; null for none. Once per request. */
export const querySiteEvent = cache(
  async (siteId: number, slug: string, userId: null | number): Promise<EventDetails | null> => {
    const event = await findSiteEvent(siteId, slug)
    if (!event) return null
    const payload = await getPayload({ config })
    // overrideAccess: counts only, for an event read with access above; `mine` is pinned to the viewer's own id.
    const [registrations, mine] = await Promise.all([
      payload.count({
        collection: 'event-registrations',
        overrideAccess: true,
        where: { event: { equals: event.id } },
      }),
      userId === null
        ? null
        : payload.count({
            collection: 'event-registrations',
            overrideAccess: true,
            where: { and: [{ event: { equals: event.id } }, { user: { equals: userId } }] },
          }),
    ])
    return {
      event,
      registered: Boolean(mine?.totalDocs),
      registrations: registrations.totalDocs,
      seatsLeft: seatsLeft(event.capacity, registrations.totalDocs),
    }
  },
)
