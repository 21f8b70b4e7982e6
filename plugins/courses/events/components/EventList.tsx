import type { Event } from '@payload-types'
import NextLink from 'next/link'

import { eventWhen } from '../eventTime'
import { SeatsLeft } from './SeatsLeft'

/** Events as a list: title, when (in the event's own time zone), where, and seats. Also the calendar's fallback on narrow screens. */
export function EventList({
  events,
  registrations,
}: {
  events: Event[]
  registrations: Map<number, number>
}) {
  return (
    <ul className="event-list">
      {events.map((event) => (
        <li className="event-list__item" data-status={event.status} key={event.id}>
          <h3>
            <NextLink href={`/events/${event.slug}`}>{event.title}</NextLink>
            {event.status === 'cancelled' && <span className="course-badge">Cancelled</span>}
          </h3>
          <p>
            <time dateTime={event.startsAt}>{eventWhen(event)}</time>
          </p>
          <p>{event.location ?? (event.onlineUrl ? 'Online' : null)}</p>
          {event.summary && <p className="event-list__summary">{event.summary}</p>}
          {event.status === 'published' && (
            <SeatsLeft capacity={event.capacity} registrations={registrations.get(event.id) ?? 0} />
          )}
        </li>
      ))}
    </ul>
  )
}
