/**
 * Registering for events over REST: a seat and giving it back, the last seats under concurrent
 * requests, the refusals (closed, cancelled, over, draft, another site, a site without events),
 * and that nobody gets round the endpoint through REST, GraphQL or the Local API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event, User } from '@/payload-types'
import { type Api, createApi, errorText } from '@/tests/helpers/api'
import { createSite } from '@/tests/helpers/sites'
import { createTestPayload, type TestPayload } from '@/tests/helpers/testPayload'
import { createSuperAdmin, createUser } from '@/tests/helpers/users'

type Registered = {
  registration?: { id: number }
  registrations?: number
  seatsLeft?: null | number
}

let t: TestPayload
let api: Api
let site: number
let quietSite: number
const guests: { token: string; user: User }[] = []
let instructor: string
let outsider: { token: string; user: User }
const onSite = { host: 'events.localhost' }
const at = (day: number, hour: number) => new Date(Date.UTC(2030, 5, day, hour)).toISOString()

const createEvent = (data: Partial<Event> & { slug: string }) =>
  t.payload.create({
    collection: 'events',
    data: {
      endsAt: at(3, 19),
      registrationOpen: true,
      site,
      startsAt: at(3, 17),
      status: 'published',
      timeZone: 'Europe/Vienna',
      title: data.slug,
      ...data,
    },
  })

beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  site = (await createSite(t.payload, 'events', { features: ['events'] })).id
  const other = await createSite(t.payload, 'other', { features: ['events'] })
  quietSite = (await createSite(t.payload, 'quiet', { features: ['courses'] })).id
  // The database's first user becomes super-admin: not one of the guests.
  await createSuperAdmin(t.payload)
  for (let i = 0; i < 5; i++)
    guests.push(await createUser(t.payload, `guest${i}@test.local`, [], { [site]: ['member'] }))
  instructor = (
    await createUser(t.payload, 'instructor@test.local', [], { [site]: ['instructor'] })
  ).token
  outsider = await createUser(t.payload, 'outsider@test.local', [], { [other.id]: ['member'] })
})

afterAll(async () => t?.cleanup())

const register = (event: Event, token?: string, headers: Record<string, string> = onSite) =>
  api.post<Registered>(`/events/${event.id}/register`, {}, { headers, token })
const unregister = (event: Event, token?: string) =>
  api.delete(`/events/${event.id}/register`, { headers: onSite, token })
const seatsTaken = async (event: Event) =>
  (
    await t.payload.count({
      collection: 'event-registrations',
      where: { event: { equals: event.id } },
    })
  ).totalDocs

describe('registering for an event', () => {
  it('gives a signed-in member one seat and the count of seats left, refuses a second, and takes the seat back', async () => {
    const event = await createEvent({ slug: 'workshop', capacity: 10 })
    expect((await register(event)).status).toBe(401)
    const first = await register(event, guests[0].token)
    expect(first.status, errorText(first.body)).toBe(201)
    expect(first.body).toMatchObject({ registrations: 1, seatsLeft: 9 })
    const second = await register(event, guests[1].token)
    expect(second.body).toMatchObject({ registrations: 2, seatsLeft: 8 })

    const again = await register(event, guests[0].token)
    expect(again.status).toBe(409)
    expect(errorText(again.body)).toMatch(/already registered/)
    expect(await seatsTaken(event)).toBe(2)

    expect((await unregister(event)).status).toBe(401)
    expect((await unregister(event, guests[0].token)).status).toBe(204)
    const notThere = await unregister(event, guests[0].token)
    expect(notThere.status).toBe(404)
    expect(errorText(notThere.body)).toMatch(/not registered/)
    expect(await seatsTaken(event)).toBe(1)
  })

  it('counts without a limit when the event has no capacity', async () => {
    const event = await createEvent({ slug: 'open-house' })
    const answer = await register(event, guests[2].token)
    expect(answer.status, errorText(answer.body)).toBe(201)
    expect(answer.body).toMatchObject({ registrations: 1, seatsLeft: null })
  })

  it('lets exactly as many in as there are seats when everyone asks at once', async () => {
    const event = await createEvent({ slug: 'small-circle', capacity: 2 })
    const answers = await Promise.all(guests.map(({ token }) => register(event, token)))
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 409, 409, 409])
    for (const answer of answers.filter(({ status }) => status === 409))
      expect(errorText(answer.body)).toMatch(/is full/)
    expect(await seatsTaken(event)).toBe(2)
    // The last seat, once given back, goes to exactly one of two new askers.
    const holder = guests[answers.findIndex(({ status }) => status === 201)]
    expect((await unregister(event, holder.token)).status).toBe(204)
    const waiting = guests.filter((_, index) => answers[index].status === 409).slice(0, 2)
    const retry = await Promise.all(waiting.map(({ token }) => register(event, token)))
    expect(retry.map((answer) => answer.status).sort()).toEqual([201, 409])
    expect(await seatsTaken(event)).toBe(2)
  })

  it('gives one seat to a member who clicks twice at once', async () => {
    const event = await createEvent({ slug: 'double-click', capacity: 5 })
    const answers = await Promise.all([
      register(event, guests[3].token),
      register(event, guests[3].token),
    ])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
    expect(await seatsTaken(event)).toBe(1)
  })

  it('refuses closed, cancelled and finished events with a 400 that says why, and changes nothing', async () => {
    const closed = await createEvent({ slug: 'closed', registrationOpen: false })
    const cancelled = await createEvent({ slug: 'cancelled', status: 'cancelled' })
    const over = await createEvent({
      slug: 'over',
      endsAt: new Date(Date.UTC(2020, 0, 1, 19)).toISOString(),
      startsAt: new Date(Date.UTC(2020, 0, 1, 17)).toISOString(),
    })
    for (const [event, reason] of [
      [closed, /Registration for “closed” is closed/],
      [cancelled, /“cancelled” is cancelled/],
      [over, /“over” is over/],
    ] as const) {
      const answer = await register(event, guests[1].token)
      expect(answer.status, event.slug).toBe(400)
      expect(errorText(answer.body)).toMatch(reason)
      expect(await seatsTaken(event)).toBe(0)
    }
  })

  it('does not know drafts (not even for the site’s instructor), other sites’ events, or events on a site without the events feature', async () => {
    const draft = await createEvent({ slug: 'draft', status: 'draft' })
    expect((await register(draft, guests[1].token)).status).toBe(404)
    expect((await register(draft, instructor)).status).toBe(404)

    const event = await createEvent({ slug: 'members-evening' })
    // Through another site's host the event does not exist, whoever asks.
    expect((await register(event, outsider.token, { host: 'other.localhost' })).status).toBe(404)
    expect((await register(event, guests[1].token, { host: 'other.localhost' })).status).toBe(404)
    // On the event's own site it is public: a member of another site may take a seat like anyone signed in.
    const outside = await register(event, outsider.token)
    expect(outside.status, errorText(outside.body)).toBe(201)

    const quiet = await t.payload.create({
      collection: 'events',
      data: {
        slug: 'quiet',
        endsAt: at(3, 19),
        registrationOpen: true,
        site: quietSite,
        startsAt: at(3, 17),
        status: 'published',
        timeZone: 'Europe/Vienna',
        title: 'Quiet',
      },
    })
    const refused = await register(quiet, guests[1].token, { host: 'quiet.localhost' })
    expect(refused.status).toBe(404)
    expect(errorText(refused.body)).toMatch(/no event/)
    expect(await seatsTaken(quiet)).toBe(0)

    expect(
      (
        await api.post(
          '/events/not-a-number/register',
          {},
          { headers: onSite, token: guests[1].token },
        )
      ).status,
    ).toBe(400)
  })
})

describe('registrations outside the endpoint', () => {
  it('cannot be written through REST, GraphQL or the Local API, so the seat count cannot be bypassed', async () => {
    const event = await createEvent({ slug: 'no-back-door', capacity: 1 })
    const data = { event: event.id, site, user: guests[4].user.id }
    expect(
      (await api.post('/event-registrations', data, { headers: onSite, token: guests[4].token }))
        .status,
    ).toBe(403)
    expect(
      (await api.post('/event-registrations', data, { headers: onSite, token: instructor })).status,
    ).toBe(403)
    const graphql = await api.graphql(
      `mutation { createEventRegistration(data: { event: ${event.id}, user: ${guests[4].user.id} }) { id } }`,
      {},
      { headers: onSite, token: guests[4].token },
    )
    expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    await expect(
      t.payload.create({
        collection: 'event-registrations',
        data,
        overrideAccess: false,
        user: guests[4].user,
      }),
    ).rejects.toThrow(/not allowed/i)
    expect(await seatsTaken(event)).toBe(0)
  })

  it('are readable by their member and the site’s instructor, not by other members or other sites', async () => {
    const event = await createEvent({ slug: 'who-comes' })
    for (const guest of guests.slice(0, 2))
      expect((await register(event, guest.token)).status).toBe(201)
    const list = (token: string, headers = onSite) =>
      api.get<{ docs: { user: number | User }[] }>(
        `/event-registrations?where[event][equals]=${event.id}&depth=0`,
        { headers, token },
      )

    expect((await list(guests[0].token)).body.docs.map((doc) => doc.user)).toEqual([
      guests[0].user.id,
    ])
    expect((await list(guests[2].token)).body.docs).toEqual([])
    expect((await list(instructor)).body.docs).toHaveLength(2)
    expect((await list(outsider.token, { host: 'other.localhost' })).body.docs).toEqual([])
    const graphql = await api.graphql<{ EventRegistrations: { docs: { id: number }[] } }>(
      `{ EventRegistrations(where: { event: { equals: ${event.id} } }) { docs { id } } }`,
      {},
      { headers: onSite, token: guests[1].token },
    )
    expect(graphql.body.data?.EventRegistrations.docs).toHaveLength(1)
  })
})
