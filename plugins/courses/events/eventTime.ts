import type { Event } from '@/payload-types'

type Timed = Pick<Event, 'endsAt' | 'startsAt' | 'timeZone'>

const dayFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone })
const timeFormat = (timeZone: string, zoneName = false) =>
  new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    ...(zoneName ? { timeZoneName: 'short' } : {}),
  })

/** `17:00 CET`, the start in the event's time zone: a calendar cell. */
export const startTime = (event: Pick<Event, 'startsAt' | 'timeZone'>): string =>
  timeFormat(event.timeZone, true).format(new Date(event.startsAt))

/** "Wednesday 2 December 2026, 17:00–19:00 CET (Europe/Vienna)": always in the event's own time zone, which it names. */
export function eventWhen(event: Timed): string {
  const [start, end] = [new Date(event.startsAt), new Date(event.endsAt)]
  const day = dayFormat(event.timeZone)
  const sameDay = day.format(start) === day.format(end)
  const until = sameDay
    ? timeFormat(event.timeZone, true).format(end)
    : `${day.format(end)}, ${timeFormat(event.timeZone, true).format(end)}`
  return `${day.format(start)}, ${timeFormat(event.timeZone).format(start)}${sameDay ? '–' : ' – '}${until} (${event.timeZone})`
}
