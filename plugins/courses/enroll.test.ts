/**
 * `POST /api/courses/:id/enroll` on the seeded Ozean Licht catalogue: who may enroll in which course,
 * what they are told when they may not, and that a refused or repeated enrollment changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Course, Enrollment, Member } from '../../payload-types'
import { type Api, createApi, errorText } from '../../tests/helpers/api'
import { createSite } from '../../tests/helpers/sites'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createUser } from '../../tests/helpers/users'
import { type Catalogue, type ErrorBody, loadCatalogue, onSite } from './catalogueFixture'

type EnrollBody = ErrorBody & { enrollment?: Enrollment }

let t: TestPayload
let api: Api
let c: Catalogue
let elsewhere: number

beforeAll(async () => {
  t = await createTestPayload({ seeded: true })
  api = createApi(t.config)
  c = await loadCatalogue(t.payload)
  elsewhere = (await createSite(t.payload, 'elsewhere', { features: ['courses'] })).id
})

afterAll(async () => t?.cleanup())

const enroll = (course: Pick<Course, 'id'>, token?: string, headers = onSite) =>
  api.post<EnrollBody>(`/courses/${course.id}/enroll`, {}, { headers, token })

const enrollmentsOf = async (userId: number, course: Course) =>
  (
    await t.payload.find({
      collection: 'enrollments',
      depth: 0,
      where: { and: [{ user: { equals: userId } }, { course: { equals: course.id } }] },
    })
  ).docs

const profilesOf = async (userId: number): Promise<Member[]> =>
  (await t.payload.find({ collection: 'members', depth: 0, where: { user: { equals: userId } } }))
    .docs

/** A user with a site role on ozean-licht and, with `tier`, a member profile there. */
async function learner(email: string, tier?: Member['tier'], tierExpiresAt?: string) {
  const { token, user } = await createUser(t.payload, email, [], { [c.site]: ['member'] })
  if (tier)
    await t.payload.create({
      collection: 'members',
      data: { site: c.site, tier, tierExpiresAt, user: user.id },
    })
  return { token, user }
}

describe('a free course', () => {
  it('asks an anonymous visitor to sign in (401)', async () => {
    const response = await enroll(c.free)
    expect(response.status).toBe(401)
    expect(errorText(response.body)).toBe('Sign in to enroll.')
  })

  it('enrolls a signed-in member once (201, source self); a second time is 409 and changes nothing', async () => {
    const member = await c.userOf('member@ozean-licht.local')
    const token = await c.tokenOf('member@ozean-licht.local')
    const first = await enroll(c.free, token)
    expect(first.status, errorText(first.body)).toBe(201)
    expect(first.body.enrollment).toMatchObject({
      course: c.free.id,
      progress: 0,
      source: 'self',
      status: 'active',
      user: member.id,
    })
    expect(Date.now() - new Date(first.body.enrollment!.enrolledAt).getTime()).toBeLessThan(60_000)

    const again = await enroll(c.free, token)
    expect(again.status).toBe(409)
    expect(errorText(again.body)).toBe('You are already enrolled in “Breathing with the Ocean”.')
    const rows = await enrollmentsOf(member.id, c.free)
    expect(rows).toHaveLength(1)
    expect(rows[0].updatedAt).toBe(first.body.enrollment!.updatedAt)
    // The seeded profile is kept, not doubled.
    expect(await profilesOf(member.id)).toHaveLength(1)
  })

  it('gives a first-time learner a member profile on the site (tier free), and no new site role', async () => {
    const { token, user } = await learner('newcomer@test.local')
    expect(await profilesOf(user.id)).toHaveLength(0)
    const response = await enroll(c.free, token)
    expect(response.status, errorText(response.body)).toBe(201)
    expect(await profilesOf(user.id)).toMatchObject([
      { displayName: 'newcomer', site: c.site, tier: 'free' },
    ])

    // A member of another site enrolls through ozean-licht's host: a profile here, roles unchanged.
    const outsider = await createUser(t.payload, 'outsider@test.local', [], {
      [elsewhere]: ['member'],
    })
    const across = await enroll(c.free, outsider.token)
    expect(across.status, errorText(across.body)).toBe(201)
    expect(await profilesOf(outsider.user.id)).toMatchObject([{ site: c.site, tier: 'free' }])
    const after = await t.payload.findByID({ id: outsider.user.id, collection: 'users', depth: 0 })
    expect(after.sites?.map((row) => [row.site, row.roles])).toEqual([[elsewhere, ['member']]])
  })

  it('enrolls once when the same request arrives twice at the same time', async () => {
    const { token, user } = await learner('double@test.local')
    const answers = await Promise.all([enroll(c.free, token), enroll(c.free, token)])
    expect(
      answers.map((answer) => answer.status).sort(),
      answers.map((answer) => errorText(answer.body)).join('\n'),
    ).toEqual([201, 409])
    expect(await enrollmentsOf(user.id, c.free)).toHaveLength(1)
    expect(await profilesOf(user.id)).toHaveLength(1)
  })
})

describe('a paid course', () => {
  it('answers 402 with the price, and enrolls nobody', async () => {
    const { token, user } = await learner('free-tier@test.local', 'free')
    const response = await enroll(c.paid, token)
    expect(response.status).toBe(402)
    expect(response.body.errors?.[0]).toMatchObject({
      data: { currency: 'EUR', price: 49 },
      message:
        '“Light on Water” costs €49.00. Enrollment comes with checkout or from the site team, or with a premium membership.',
    })
    expect(await enrollmentsOf(user.id, c.paid)).toHaveLength(0)

    // Without a profile, a refused enrollment creates none either.
    const bare = await learner('bare@test.local')
    expect((await enroll(c.paid, bare.token)).status).toBe(402)
    expect(await profilesOf(bare.user.id)).toHaveLength(0)
  })

  it('enrolls a member whose running subscription tier includes it (201, source subscription)', async () => {
    const { token, user } = await learner(
      'premium@test.local',
      'premium',
      new Date(Date.now() + 30 * 86_400_000).toISOString(),
    )
    const response = await enroll(c.paid, token)
    expect(response.status, errorText(response.body)).toBe(201)
    expect(response.body.enrollment).toMatchObject({
      course: c.paid.id,
      source: 'subscription',
      status: 'active',
      user: user.id,
    })
  })

  it('refuses a tier the course is not included in, and a subscription that has run out (402)', async () => {
    const basic = await learner('basic@test.local', 'basic')
    expect((await enroll(c.paid, basic.token)).status).toBe(402)
    const lapsed = await learner(
      'lapsed@test.local',
      'premium',
      new Date(Date.now() - 86_400_000).toISOString(),
    )
    expect((await enroll(c.paid, lapsed.token)).status).toBe(402)
    expect(await enrollmentsOf(lapsed.user.id, c.paid)).toHaveLength(0)
  })

  it('says "already enrolled" (409), not the price, to a member who paid', async () => {
    const { token, user } = await learner('paid@test.local', 'free')
    await t.payload.create({
      collection: 'enrollments',
      data: {
        course: c.paid.id,
        enrolledAt: new Date().toISOString(),
        site: c.site,
        source: 'payment',
        status: 'active',
        user: user.id,
      },
    })
    const response = await enroll(c.paid, token)
    expect(response.status).toBe(409)
    expect(errorText(response.body)).toMatch(/already enrolled in “Light on Water”/)
  })
})

describe('a course that is not there for the sender', () => {
  it('is 404 through another site’s host', async () => {
    const outsider = await createUser(t.payload, 'other-site@test.local', [], {
      [elsewhere]: ['member'],
    })
    const response = await enroll(c.free, outsider.token, { host: 'elsewhere.localhost' })
    expect(response.status).toBe(404)
    expect(await enrollmentsOf(outsider.user.id, c.free)).toHaveLength(0)
  })

  it('is 404 for a draft or archived course, even for its instructor who can read the draft', async () => {
    const data = { currency: 'EUR' as const, price: 0, site: c.site }
    const draft = await t.payload.create({
      collection: 'courses',
      data: { ...data, slug: 'draft-course', status: 'draft', title: 'Draft course' },
    })
    const archived = await t.payload.create({
      collection: 'courses',
      data: { ...data, slug: 'archived-course', status: 'archived', title: 'Archived course' },
    })
    const member = await c.tokenOf('member@ozean-licht.local')
    const instructor = await c.tokenOf('instructor@ozean-licht.local')
    expect(
      (await api.get(`/courses/${draft.id}`, { headers: onSite, token: instructor })).status,
    ).toBe(200)
    for (const [course, token] of [
      [draft, member],
      [draft, instructor],
      [archived, member],
    ] as const) {
      expect((await enroll(course, token)).status, `${course.title}`).toBe(404)
    }
    expect(
      (
        await t.payload.count({
          collection: 'enrollments',
          where: { course: { in: [draft.id, archived.id] } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('is 404 for an unknown course and 400 for an id that is not one', async () => {
    const token = await c.tokenOf('member@ozean-licht.local')
    expect((await enroll({ id: 987_654 }, token)).status).toBe(404)
    const bad = await api.post(`/courses/abc/enroll`, {}, { headers: onSite, token })
    expect(bad.status).toBe(400)
    expect(errorText(bad.body)).toBe('"id" must be a course id.')
  })
})
