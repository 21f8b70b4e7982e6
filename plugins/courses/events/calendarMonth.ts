import type { Event } from '@/payload-types'
import { isoDate, wallClock } from './wallClock'

/** A calendar month; `month` is 1–12. */
export type CalendarMonth = { month: number; year: number }

export type CalendarDay<T> = { date: string; day: number; events: T[]; inMonth: boolean }

type Placed = Pick<Event, 'startsAt' | 'timeZone'>

const HOUR = 60 * 60 * 1000

/** `?month=2026-12`; anything else (absent, malformed, month 13) is the month of `today`. */
export function parseMonth(value: unknown, today: string): CalendarMonth {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null
  const [year, month] = match
    ? [Number(match[1]), Number(match[2])]
    : [Number(today.slice(0, 4)), Number(today.slice(5, 7))]
  return month >= 1 && month <= 12 && year >= 1970 ? { month, year } : parseMonth(undefined, today)
}

export const monthParam = ({ month, year }: CalendarMonth): string =>
  `${year}-${String(month).padStart(2, '0')}`

export function shiftMonth({ month, year }: CalendarMonth, by: number): CalendarMonth {
  const index = year * 12 + month - 1 + by
  return { month: (index % 12) + 1, year: Math.floor(index / 12) }
}

export const monthName = ({ month, year }: CalendarMonth): string =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  )

/** The instants to query for a month's events: its UTC bounds widened by the largest zone offsets (±14 h). */
export function monthRange({ month, year }: CalendarMonth): { from: Date; to: Date } {
  return {
    from: new Date(Date.UTC(year, month - 1, 1) - 14 * HOUR),
    to: new Date(Date.UTC(year, month, 1) + 14 * HOUR),
  }
}

/** The day an event starts on, in its own time zone: where it sits in the calendar. */
export const localDay = (event: Placed): string =>
  isoDate(wallClock(new Date(event.startsAt), event.timeZone))

/**
 * The month as weeks of seven days, Monday first, padded with the neighbouring months' days; each
 * day holds the events that start on it in their own time zone, so an event at 00:30 in Vienna is
 * on its Vienna day whatever the server's zone. Events outside the month are left out.
 */
export function monthGrid<T extends Placed>(month: CalendarMonth, events: T[]): CalendarDay<T>[][] {
  const first = Date.UTC(month.year, month.month - 1, 1)
  const lead = (new Date(first).getUTCDay() + 6) % 7
  const days = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate()
  const cells = Math.ceil((lead + days) / 7) * 7
  const byDay = new Map<string, T[]>()
  for (const event of events)
    byDay.set(localDay(event), [...(byDay.get(localDay(event)) ?? []), event])
  const weeks: CalendarDay<T>[][] = []
  for (let cell = 0; cell < cells; cell++) {
    const date = new Date(first + (cell - lead) * 24 * HOUR)
    const iso = date.toISOString().slice(0, 10)
    const inMonth = date.getUTCMonth() === month.month - 1
    if (cell % 7 === 0) weeks.push([])
    weeks[weeks.length - 1].push({
      date: iso,
      day: date.getUTCDate(),
      events: inMonth ? (byDay.get(iso) ?? []) : [],
      inMonth,
    })
  }
  return weeks
}
