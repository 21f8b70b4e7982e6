import type { Event } from '@/payload-types'

type Rules = Pick<Event, 'endsAt' | 'registrationOpen' | 'status' | 'title'>

/** Why the event takes no registrations now (cancelled, closed, over), or null when it does; the endpoint's 400 and the page's note. */
export function registrationRefusal(event: Rules, now = new Date()): null | string {
  if (event.status === 'cancelled') return `“${event.title}” is cancelled.`
  if (new Date(event.endsAt) <= now) return `“${event.title}” is over.`
  if (event.status !== 'published' || !event.registrationOpen)
    return `Registration for “${event.title}” is closed.`
  return null
}

/** Seats still free (null: no limit). */
export const seatsLeft = (capacity: Event['capacity'], registrations: number): null | number =>
  capacity ? Math.max(0, capacity - registrations) : null
