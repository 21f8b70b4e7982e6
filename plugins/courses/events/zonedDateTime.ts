import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator'

import { fromWallClock, isoDate, isoDateTime, utcOffset, wallClock } from './wallClock'

const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`

function instantOf(instant: Date): ICalTemporalInstantStub {
  return {
    epochMilliseconds: instant.getTime(),
    toJSON: () => instant.toISOString(),
    toString: () => instant.toISOString(),
    toZonedDateTimeISO: (zone) => zonedDateTime(instant, zone),
  }
}

/**
 * `instant` in `timeZone`, as the part of a Temporal.ZonedDateTime that ical-generator reads. Given
 * a plain Date, ical-generator writes `DTSTART;TZID=…` with the server's own clock time (17:00
 * Vienna came out as 16:00 on a UTC server); Node 20 has no Temporal, so Intl supplies the fields.
 */
export function zonedDateTime(instant: Date, timeZone: string): ICalTemporalZonedDateTimeStub {
  const clock = wallClock(instant, timeZone)
  const local = isoDateTime(clock)
  const day = isoDate(clock)
  const plain: ICalTemporalPlainDateTimeStub = {
    ...clock,
    toJSON: () => local,
    toPlainDate: () => ({
      day: clock.day,
      month: clock.month,
      toJSON: () => day,
      toString: () => day,
      year: clock.year,
    }),
    toString: () => local,
    toZonedDateTime: (zone) => zonedDateTime(fromWallClock(clock, zone), zone),
  }
  const text = `${local}${offsetText(utcOffset(instant, timeZone))}[${timeZone}]`
  return {
    ...clock,
    timeZoneId: timeZone,
    toInstant: () => instantOf(instant),
    toJSON: () => text,
    toPlainDateTime: () => plain,
    toString: () => text,
    withTimeZone: (zone) => zonedDateTime(instant, zone),
  }
}
