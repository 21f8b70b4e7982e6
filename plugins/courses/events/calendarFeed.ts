import ical, { ICalEventStatus } from 'ical-generator'

import type { Event } from '../../../payload-types'

type FeedEvent = Pick<Event, 'endsAt' | 'id' | 'location' | 'onlineUrl' | 'slug' | 'startsAt' | 'status' | 'summary' | 'timeZone' | 'title'>

/**
 * An iCalendar feed (RFC 5545) of a site's events. Each event keeps its own time zone (DTSTART;TZID=…)
 * with a VTIMEZONE built from the runtime's time zone data, so calendar apps show the local time
 * the organisers meant; cancelled events stay in the feed as STATUS:CANCELLED so subscribers drop them.
 */
export function calendarFeed({ events, host, origin, siteName }: { events: FeedEvent[]; host: string; origin: string; siteName: string }): string {
  const calendar = ical({ name: `${siteName} events`, prodId: { company: 'Prism', language: 'EN', product: siteName } })
  calendar.timezone({ generator: vtimezone, name: null })
  for (const event of events) {
    calendar.createEvent({
      description: event.summary ?? undefined,
      end: new Date(event.endsAt),
      id: `event-${event.id}@${host}`,
      location: event.location ?? event.onlineUrl ?? undefined,
      start: new Date(event.startsAt),
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: event.title,
      timezone: event.timeZone,
      url: `${origin}/events/${event.slug}`,
    })
  }
  return calendar.toString()
}

/**
 * A VTIMEZONE for `zone` from Intl's time zone data: for each year from last year to two years
 * ahead (the span of a feed of recent and upcoming events), the offsets in January and July and the
 * transitions between them, found by bisection. Calendar apps pick the last onset before an event.
 */
function vtimezone(zone: string): string {
  const offsetAt = (date: Date) => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
  }
  const format = (minutes: number) => `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}${String(Math.abs(minutes) % 60).padStart(2, '0')}`
  const transition = (from: Date, to: Date) => {
    let [low, high] = [from.getTime(), to.getTime()]
    while (high - low > 60_000) {
      const middle = Math.floor((low + high) / 2)
      if (offsetAt(new Date(middle)) === offsetAt(from)) low = middle
      else high = middle
    }
    return new Date(high)
  }
  const local = (date: Date, offset: number) => new Date(date.getTime() + offset * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15)
  const observance = (kind: 'DAYLIGHT' | 'STANDARD', onset: Date, from: number, to: number) => [`BEGIN:${kind}`, `DTSTART:${local(onset, from)}`, `TZOFFSETFROM:${format(from)}`, `TZOFFSETTO:${format(to)}`, `END:${kind}`]
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`]
  const now = new Date().getUTCFullYear()
  for (let year = now - 1; year <= now + 2; year++) {
    const [january, july, december] = [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 6, 1)), new Date(Date.UTC(year, 11, 31))]
    const [winter, summer] = [offsetAt(january), offsetAt(july)]
    if (winter === summer) {
      lines.push(...observance('STANDARD', january, winter, winter))
      continue
    }
    // Northern zones spring forward between January and July; southern ones fall back.
    const [first, second] = [transition(january, july), transition(july, december)]
    lines.push(...observance(winter < summer ? 'DAYLIGHT' : 'STANDARD', first, winter, summer))
    lines.push(...observance(winter < summer ? 'STANDARD' : 'DAYLIGHT', second, summer, winter))
  }
  lines.push('END:VTIMEZONE')
  return lines.join('\r\n')
}
