import type { Event } from '@payload-types'
import NextLink from 'next/link'

import { type CalendarMonth, monthGrid, monthName, monthParam, shiftMonth } from '../calendarMonth'
import { startTime } from '../eventTime'

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

const monthLink = (month: CalendarMonth) => `/events?month=${monthParam(month)}`

/** A month as a table (weekday column headers, one row per week), each event at its start in its own time zone. */
export function MonthCalendar({
  events,
  month,
  today,
}: {
  events: Event[]
  month: CalendarMonth
  today: string
}) {
  const [previous, next] = [shiftMonth(month, -1), shiftMonth(month, 1)]
  return (
    <section aria-labelledby="events-calendar-title" className="events-calendar">
      <div className="events-calendar__head">
        <h2 id="events-calendar-title">{monthName(month)}</h2>
        <nav aria-label="Months" className="events-calendar__nav">
          <NextLink href={monthLink(previous)} rel="prev">
            ← {monthName(previous)}
          </NextLink>
          <NextLink href="/events">This month</NextLink>
          <NextLink href={monthLink(next)} rel="next">
            {monthName(next)} →
          </NextLink>
        </nav>
      </div>
      <table className="events-calendar__grid">
        <caption className="visually-hidden">
          Events in {monthName(month)}; times are in each event’s own time zone.
        </caption>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th abbr={day} key={day} scope="col">
                {day.slice(0, 3)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month, events).map((week) => (
            <tr key={week[0].date}>
              {week.map((day) => (
                <td
                  aria-current={day.date === today ? 'date' : undefined}
                  data-date={day.date}
                  data-outside={day.inMonth ? undefined : true}
                  key={day.date}
                >
                  <time className="events-calendar__day" dateTime={day.date}>
                    {day.day}
                  </time>
                  {day.events.length > 0 && (
                    <ul>
                      {day.events.map((event) => (
                        <li data-status={event.status} key={event.id}>
                          <NextLink href={`/events/${event.slug}`}>
                            <time dateTime={event.startsAt}>{startTime(event)}</time> {event.title}
                            {event.status === 'cancelled' && ' (cancelled)'}
                          </NextLink>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
