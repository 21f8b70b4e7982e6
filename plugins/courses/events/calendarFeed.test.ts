/**
 * The site's iCalendar feed (`/events.ics`), read back with a parser: which events it holds (no
 * drafts, no other site's, nothing long past), each at its time in its own time zone through the
 * feed's VTIMEZONE, stable UIDs, cancelled ones marked, links to the event pages; and one event as
 * a download. The builder alone across zones with and without daylight saving time.
 */
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event } from '@/payload-types'
import { GET } from '@/src/app/(sites)/site/[host]/events.ics/route'
import { createSite } from '@/tests/helpers/sites'
import { createTestPayload, type TestPayload } from '@/tests/helpers/testPayload'
import { calendarFeed, type FeedEvent } from './calendarFeed'
import { children, type Component, instantOf, parseICalendar, property } from './parseICalendar'

let t: TestPayload
let site: number
const events: Record<string, Event> = {}
const DAY = 24 * 60 * 60 * 1000
// iCalendar times have whole seconds.
const now = Math.floor(Date.now() / 1000) * 1000

/** The route as the proxy calls it: `/site/<host>/events.ics` for a request to `<host>:3000/events.ics`. */
async function fetchFeed(host: string, search = '') {
  const request = new NextRequest(`http://${host}:3000/events.ics${search}`, {
    headers: { host: `${host}:3000` },
  })
  const response = await GET(request, { params: Promise.resolve({ host }) })
  return { body: await response.text(), headers: response.headers, status: response.status }
}

const vevents = (calendar: Component) => children(calendar, 'VEVENT')
const summaries = (calendar: Component) =>
  vevents(calendar).map((event) => property(event, 'SUMMARY')?.value)
const veventOf = (calendar: Component, title: string) =>
  vevents(calendar).find((event) => property(event, 'SUMMARY')?.value === title)!

beforeAll(async () => {
  t = await createTestPayload()
  site = (await createSite(t.payload, 'ozean', { name: 'Ozean', features: ['events'] })).id
  const other = (await createSite(t.payload, 'lagoon', { features: ['events'] })).id
  await createSite(t.payload, 'plain', { features: [] })
  const create = (title: string, data: Partial<Event>) =>
    t.payload.create({
      collection: 'events',
      data: {
        slug: title.toLowerCase().replaceAll(' ', '-'),
        endsAt: '',
        registrationOpen: true,
        site,
        startsAt: '',
        status: 'published',
        timeZone: 'Europe/Vienna',
        title,
        ...data,
      },
    })
  // 16:00 UTC on 2 December is 17:00 in Vienna (winter, UTC+1); on 2 July 15:00 UTC is 17:00 there (summer, UTC+2).
  events.winter = await create('Winter evening', {
    endsAt: '2030-12-02T18:00:00.000Z',
    location: 'Studio am See',
    startsAt: '2030-12-02T16:00:00.000Z',
  })
  events.summer = await create('Summer evening', {
    endsAt: '2030-07-02T17:00:00.000Z',
    startsAt: '2030-07-02T15:00:00.000Z',
  })
  events.newYork = await create('Live from New York', {
    endsAt: '2030-07-01T17:00:00.000Z',
    onlineUrl: 'https://example.org/live',
    startsAt: '2030-07-01T16:00:00.000Z',
    timeZone: 'America/New_York',
  })
  events.cancelled = await create('Called off', {
    endsAt: '2030-08-01T18:00:00.000Z',
    startsAt: '2030-08-01T16:00:00.000Z',
    status: 'cancelled',
  })
  events.recent = await create('Last week', {
    endsAt: new Date(now - 7 * DAY).toISOString(),
    startsAt: new Date(now - 7 * DAY - 3600_000).toISOString(),
  })
  events.old = await create('Long ago', {
    endsAt: new Date(Date.now() - 90 * DAY).toISOString(),
    startsAt: new Date(Date.now() - 90 * DAY - 3600_000).toISOString(),
  })
  events.draft = await create('Still a draft', {
    endsAt: '2030-09-01T18:00:00.000Z',
    startsAt: '2030-09-01T16:00:00.000Z',
    status: 'draft',
  })
  events.elsewhere = await create('On the lagoon', {
    endsAt: '2030-09-01T18:00:00.000Z',
    site: other,
    startsAt: '2030-09-01T16:00:00.000Z',
  })
})

afterAll(async () => t?.cleanup())

describe('/events.ics', () => {
  it('is an iCalendar feed of the site’s published, cancelled and recent events, and nothing else', async () => {
    const { body, headers, status } = await fetchFeed('ozean.localhost')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const calendar = parseICalendar(body)
    expect(calendar.name).toBe('VCALENDAR')
    expect(property(calendar, 'VERSION')?.value).toBe('2.0')
    expect(property(calendar, 'X-WR-CALNAME')?.value).toBe('Ozean events')
    expect(summaries(calendar)).toEqual([
      'Last week',
      'Live from New York',
      'Summer evening',
      'Called off',
      'Winter evening',
    ])
  })

  it('writes each event at its local time with its TZID, and the VTIMEZONE places it at the right instant', async () => {
    const calendar = parseICalendar((await fetchFeed('ozean.localhost')).body)
    const winter = veventOf(calendar, 'Winter evening')
    expect(property(winter, 'DTSTART')).toMatchObject({
      params: { TZID: 'Europe/Vienna' },
      value: '20301202T170000',
    })
    expect(property(winter, 'DTEND')).toMatchObject({
      params: { TZID: 'Europe/Vienna' },
      value: '20301202T190000',
    })
    expect(property(veventOf(calendar, 'Summer evening'), 'DTSTART')).toMatchObject({
      params: { TZID: 'Europe/Vienna' },
      value: '20300702T170000',
    })
    expect(property(veventOf(calendar, 'Live from New York'), 'DTSTART')).toMatchObject({
      params: { TZID: 'America/New_York' },
      value: '20300701T120000',
    })
    expect(
      children(calendar, 'VTIMEZONE')
        .map((zone) => property(zone, 'TZID')?.value)
        .sort(),
    ).toEqual(['America/New_York', 'Europe/Vienna'])
    for (const key of ['winter', 'summer', 'newYork', 'cancelled', 'recent'] as const) {
      const vevent = veventOf(calendar, events[key].title)
      expect(instantOf(calendar, property(vevent, 'DTSTART')!).toISOString(), key).toBe(
        new Date(events[key].startsAt).toISOString(),
      )
      expect(instantOf(calendar, property(vevent, 'DTEND')!).toISOString(), key).toBe(
        new Date(events[key].endsAt).toISOString(),
      )
    }
  })

  it('gives every event a stable UID, its page as URL, and marks cancelled events', async () => {
    const first = parseICalendar((await fetchFeed('ozean.localhost')).body)
    const again = parseICalendar((await fetchFeed('ozean.localhost')).body)
    const uids = vevents(first).map((event) => property(event, 'UID')?.value)
    expect(new Set(uids).size).toBe(5)
    expect(vevents(again).map((event) => property(event, 'UID')?.value)).toEqual(uids)
    const winter = veventOf(first, 'Winter evening')
    expect(property(winter, 'URL')?.value).toBe('http://ozean.localhost:3000/events/winter-evening')
    expect(property(winter, 'LOCATION')?.value).toBe('Studio am See')
    expect(property(winter, 'STATUS')?.value).toBe('CONFIRMED')
    expect(property(veventOf(first, 'Called off'), 'STATUS')?.value).toBe('CANCELLED')
    expect(property(veventOf(first, 'Live from New York'), 'LOCATION')?.value).toBe(
      'https://example.org/live',
    )
  })

  it('downloads one event with the same UID as in the feed; an unknown or draft slug is a 404', async () => {
    const single = await fetchFeed('ozean.localhost', '?event=winter-evening')
    expect(single.status).toBe(200)
    expect(single.headers.get('content-disposition')).toBe(
      'attachment; filename="winter-evening.ics"',
    )
    const calendar = parseICalendar(single.body)
    expect(summaries(calendar)).toEqual(['Winter evening'])
    const feed = parseICalendar((await fetchFeed('ozean.localhost')).body)
    expect(property(vevents(calendar)[0], 'UID')?.value).toBe(
      property(veventOf(feed, 'Winter evening'), 'UID')?.value,
    )
    // An old event is still there to add by its link.
    expect((await fetchFeed('ozean.localhost', '?event=long-ago')).status).toBe(200)
    expect((await fetchFeed('ozean.localhost', '?event=still-a-draft')).status).toBe(404)
    expect((await fetchFeed('ozean.localhost', '?event=on-the-lagoon')).status).toBe(404)
  })

  it('is a 404 on a site without events and on a host of no site; another site’s feed holds only its own events', async () => {
    expect((await fetchFeed('plain.localhost')).status).toBe(404)
    expect((await fetchFeed('nowhere.localhost')).status).toBe(404)
    expect(summaries(parseICalendar((await fetchFeed('lagoon.localhost')).body))).toEqual([
      'On the lagoon',
    ])
  })
})

describe('calendarFeed', () => {
  const at = (id: number, timeZone: string, startsAt: string, hours = 2): FeedEvent => ({
    id,
    slug: `event-${id}`,
    endsAt: new Date(new Date(startsAt).getTime() + hours * 3600_000).toISOString(),
    location: null,
    onlineUrl: null,
    startsAt,
    status: 'published',
    summary: null,
    timeZone,
    title: `${timeZone} ${startsAt}`,
    updatedAt: startsAt,
  })

  it('places events in zones with and without daylight saving time, on both sides of the changes, at their exact instant', () => {
    const list = [
      at(1, 'Europe/Vienna', '2031-03-30T00:30:00.000Z'), // 01:30 CET, half an hour before clocks go forward
      at(2, 'Europe/Vienna', '2031-03-30T01:30:00.000Z'), // 03:30 CEST, after
      at(3, 'Europe/Vienna', '2031-10-26T00:30:00.000Z'), // 02:30 CEST, the first of the two 02:30s
      at(4, 'Australia/Sydney', '2031-01-10T08:00:00.000Z'), // 19:00 AEDT (southern summer)
      at(5, 'Australia/Sydney', '2031-06-10T09:00:00.000Z'), // 19:00 AEST
      at(6, 'Asia/Kolkata', '2031-05-05T12:30:00.000Z'), // 18:00 IST, +05:30 all year
      at(7, 'America/New_York', '2032-11-07T05:30:00.000Z'), // 01:30 EDT, the first of two 01:30s (DST ends at 2:00)
      at(8, 'UTC', '2031-05-05T12:00:00.000Z'),
    ]
    const calendar = parseICalendar(
      calendarFeed({
        events: list,
        origin: 'https://ozean-licht.example',
        site: { name: 'Ozean Licht', slug: 'ozean-licht' },
      }),
    )
    expect(vevents(calendar).map((event) => property(event, 'DTSTART')?.value)).toEqual([
      '20310330T013000',
      '20310330T033000',
      '20311026T023000',
      '20310110T190000',
      '20310610T190000',
      '20310505T180000',
      '20321107T013000',
      '20310505T120000Z',
    ])
    vevents(calendar).forEach((vevent, index) => {
      expect(
        instantOf(calendar, property(vevent, 'DTSTART')!).toISOString(),
        list[index].title,
      ).toBe(list[index].startsAt)
      expect(instantOf(calendar, property(vevent, 'DTEND')!).toISOString(), list[index].title).toBe(
        list[index].endsAt,
      )
    })
    const kolkata = children(calendar, 'VTIMEZONE').find(
      (zone) => property(zone, 'TZID')?.value === 'Asia/Kolkata',
    )!
    expect(
      kolkata.components.map((observance) => property(observance, 'TZOFFSETTO')?.value),
    ).toEqual(['+0530'])
  })
})
