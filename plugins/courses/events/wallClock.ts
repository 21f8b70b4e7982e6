export type WallClock = {
  day: number
  hour: number
  minute: number
  month: number
  second: number
  year: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      day: 'numeric',
      hour: 'numeric',
      hourCycle: 'h23',
      minute: 'numeric',
      month: 'numeric',
      second: 'numeric',
      timeZone,
      year: 'numeric',
    })
    formatters.set(timeZone, format)
  }
  return format
}

/** The date and time a clock in `timeZone` shows at `instant`, from the runtime's time zone data (Intl). */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  )
  return {
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    month: parts.month,
    second: parts.second,
    year: parts.year,
  }
}

/** How many minutes `timeZone` is ahead of UTC at `instant` (Vienna: 60 in winter, 120 in summer). */
export function utcOffset(instant: Date, timeZone: string): number {
  const clock = wallClock(instant, timeZone)
  const seconds = Math.floor(instant.getTime() / 1000) * 1000
  return Math.round(
    (Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) -
      seconds) /
      60_000,
  )
}

/** The instant a clock in `timeZone` shows `clock` (in a gap or overlap of a DST change: the offset in force just after). */
export function fromWallClock(clock: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
  )
  const guess = asUtc - utcOffset(new Date(asUtc), timeZone) * 60_000
  return new Date(asUtc - utcOffset(new Date(guess), timeZone) * 60_000)
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/** `2026-12-02` */
export const isoDate = ({ day, month, year }: Pick<WallClock, 'day' | 'month' | 'year'>): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`

/** `2026-12-02T17:00:00` */
export const isoDateTime = (clock: WallClock): string =>
  `${isoDate(clock)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`
