import type { Event } from '@payload-types'

import { type CalendarMonth, localDay, monthParam, monthRange, parseMonth } from './calendarMonth'
import { querySiteEvents, registrationCounts } from './queries'
import { isoDate, wallClock } from './wallClock'

export type CalendarView = {
  /** The events listed under the calendar (all of them in the past view). */
  listed: Event[]
  /** The month shown as a grid, with its events; none in the past view. */
  month: { events: Event[]; month: CalendarMonth } | null
  registrations: Map<number, number>
  /** Today's date where the site's next event happens: the calendar's "today" and default month. */
  today: string
  view: 'month' | 'past' | 'upcoming'
}

/**
 * What `/events` shows for its query string: `?past` lists ended events, newest first;
 * `?month=YYYY-MM` shows that month as a grid and lists its events; without either, the current
 * month and every coming event.
 */
export async function queryCalendar(
  siteId: number,
  search: Record<string, string | string[] | undefined>,
  now = new Date(),
): Promise<CalendarView> {
  if (search.past !== undefined) {
    const listed = await querySiteEvents(
      siteId,
      { endsBefore: now },
      { limit: 50, newestFirst: true },
    )
    return {
      listed,
      month: null,
      registrations: await registrationCounts(listed.map((event) => event.id)),
      today: isoDate(wallClock(now, 'UTC')),
      view: 'past',
    }
  }
  const upcoming = await querySiteEvents(siteId, { endsAfter: now })
  // A site has no time zone of its own; its events do, and they are usually all in one.
  const today = isoDate(wallClock(now, upcoming[0]?.timeZone ?? 'UTC'))
  const month = parseMonth(search.month, today)
  const { from, to } = monthRange(month)
  const events = (await querySiteEvents(siteId, { startsAfter: from, startsBefore: to })).filter(
    (event) => localDay(event).startsWith(monthParam(month)),
  )
  const listed = search.month ? events : upcoming
  const registrations = await registrationCounts([
    ...new Set([...events, ...listed].map((event) => event.id)),
  ])
  return {
    listed,
    month: { events, month },
    registrations,
    today,
    view: search.month ? 'month' : 'upcoming',
  }
}
