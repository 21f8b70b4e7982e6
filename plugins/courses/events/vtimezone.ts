import { utcOffset } from './wallClock'

const MINUTE = 60_000
const WEEK = 7 * 24 * 60 * MINUTE

const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}${String(Math.abs(minutes) % 60).padStart(2, '0')}`

/** `20261025T030000`: the onset in the local time in force before it, as RFC 5545 wants. */
const localStamp = (onset: number, offset: number) =>
  new Date(onset + offset * MINUTE).toISOString().replace(/[-:]/g, '').slice(0, 15)

function observance(
  kind: 'DAYLIGHT' | 'STANDARD',
  onset: number,
  from: number,
  to: number,
): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(onset, from)}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ]
}

/** The first minute in (`low`, `high`] with `high`'s offset; offsets change on whole minutes. */
function changeBetween(zone: string, low: number, high: number): number {
  const before = utcOffset(new Date(low), zone)
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / MINUTE / 2) * MINUTE
    if (utcOffset(new Date(middle), zone) === before) low = middle
    else high = middle
  }
  return high
}

/**
 * A VTIMEZONE for `zone` from the runtime's time zone data (Intl), covering the calendar years
 * `fromYear` to `toYear`: the offset in force on 1 January of the first year, then every change
 * after it as its own observance, so calendar apps find the exact offset of each event without
 * recurrence rules (which cannot express zones whose rules changed). Weekly samples catch every
 * change: no zone changes its offset twice in a week.
 */
export function vtimezone(
  zone: string,
  { fromYear, toYear }: { fromYear: number; toYear: number },
): string {
  const start = Date.UTC(fromYear, 0, 1)
  const end = Date.UTC(toYear + 1, 0, 1)
  let offset = utcOffset(new Date(start), zone)
  const summer = utcOffset(new Date(Date.UTC(fromYear, 6, 1)), zone)
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(offset > summer ? 'DAYLIGHT' : 'STANDARD', start, offset, offset),
  ]
  for (let sample = start; sample < end; sample += WEEK) {
    const next = Math.min(sample + WEEK, end)
    const after = utcOffset(new Date(next), zone)
    if (after === offset) continue
    lines.push(
      ...observance(
        after > offset ? 'DAYLIGHT' : 'STANDARD',
        changeBetween(zone, sample, next),
        offset,
        after,
      ),
    )
    offset = after
  }
  lines.push('END:VTIMEZONE')
  return lines.join('\r\n')
}
