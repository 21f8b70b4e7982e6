import NextLink from 'next/link'

import '../../components/courses.css'
import { monthName } from '../calendarMonth'
import type { CalendarView } from '../calendarQuery'
import { EventList } from './EventList'
import { MonthCalendar } from './MonthCalendar'
import './events.css'

/** `/events`: a month calendar and a list of the site's events (or the past ones), and the iCal feed. */
export function EventsPage({ listed, month, registrations, today, view }: CalendarView) {
  const listTitle =
    view === 'past'
      ? 'Past events'
      : view === 'month' && month
        ? `Events in ${monthName(month.month)}`
        : 'Upcoming events'
  return (
    <div className="events-page container">
      <header className="page-heading">
        <h1>Events</h1>
        <p className="page-heading__meta events-page__links">
          <a href="/events.ics">Subscribe to the calendar (iCal)</a>
          {view === 'past' ? (
            <NextLink href="/events">Upcoming events</NextLink>
          ) : (
            <NextLink href="/events?past">Past events</NextLink>
          )}
        </p>
      </header>
      {month && <MonthCalendar events={month.events} month={month.month} today={today} />}
      <section aria-labelledby="events-list-title">
        <h2 id="events-list-title">{listTitle}</h2>
        {listed.length ? (
          <EventList events={listed} registrations={registrations} />
        ) : (
          <p>
            {view === 'past'
              ? 'No events have taken place yet.'
              : 'No events are planned for this time.'}
          </p>
        )}
      </section>
    </div>
  )
}
