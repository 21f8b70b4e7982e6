import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import type { Event, Site } from '@/payload-types'
import { vtimezone } from './vtimezone'
import { zonedDateTime } from './zonedDateTime'

export type FeedEvent = Pick<
  Event,
  | 'endsAt'
  | 'id'
  | 'location'
  | 'onlineUrl'
  | 'slug'
  | 'startsAt'
  | 'status'
  | 'summary'
  | 'timeZone'
  | 'title'
  | 'updatedAt'
>

/** The event's UID: the same in the feed and in its single download, on whichever host of the site it was fetched. */
export const eventUid = (event: Pick<Event, 'id'>, site: Pick<Site, 'slug'>) =>
  `event-${event.id}@${site.slug}.prism`

/**
 * An iCalendar feed (RFC 5545) of a site's events. Each event keeps its own time zone
 * (`DTSTART;TZID=Europe/Vienna:…` with a VTIMEZONE for it), so calendar apps show the local time the
 * organisers meant; cancelled events stay in the feed as STATUS:CANCELLED so subscribers drop them.
 */
export function calendarFeed({
  events,
  origin,
  site,
}: {
  events: FeedEvent[]
  origin: string
  site: Pick<Site, 'name' | 'slug'>
}): string {
  const years = events.flatMap((event) => [
    new Date(event.startsAt).getUTCFullYear(),
    new Date(event.endsAt).getUTCFullYear(),
  ])
  const span = { fromYear: Math.min(...years), toYear: Math.max(...years) }
  const calendar = ical({
    name: `${site.name} events`,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Prism', language: 'EN', product: site.name },
    ttl: 60 * 60,
  })
  calendar.timezone({ name: null, generator: (zone) => vtimezone(zone, span) })
  for (const event of events) {
    const url = `${origin}/events/${encodeURIComponent(event.slug)}`
    calendar.createEvent({
      id: eventUid(event, site),
      description: [event.summary, event.onlineUrl && `Online: ${event.onlineUrl}`, url]
        .filter(Boolean)
        .join('\n\n'),
      end: zonedDateTime(new Date(event.endsAt), event.timeZone),
      lastModified: new Date(event.updatedAt),
      location: event.location ?? event.onlineUrl ?? undefined,
      start: zonedDateTime(new Date(event.startsAt), event.timeZone),
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: event.title,
      timezone: event.timeZone,
      url,
    })
  }
  return calendar.toString()
}
