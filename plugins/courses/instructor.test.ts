/**
 * What an instructor sees of their learners outside the site: the enrollments CSV export behind the
 * admin's instructor view, who may download it, and the CourseCard block's same-site rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi, errorText } from '../../tests/helpers/api'
import { createSite } from '../../tests/helpers/sites'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createUser } from '../../tests/helpers/users'
import { rosterColumns } from './endpoints/instructorCsv'
import { type Catalogue, loadCatalogue, onSite } from './catalogueFixture'

let t: TestPayload
let api: Api
let c: Catalogue
let elsewhere: number
let instructor: string

beforeAll(async () => {
  t = await createTestPayload({ seeded: true })
  api = createApi(t.config)
  c = await loadCatalogue(t.payload)
  elsewhere = (await createSite(t.payload, 'elsewhere', { features: ['courses'] })).id
  instructor = await c.tokenOf('instructor@ozean-licht.local')

  // The seeded member enrolls and completes the preview lesson; a second learner, whose name a
  // spreadsheet would run as a formula, enrolls and does nothing yet.
  const member = await c.tokenOf('member@ozean-licht.local')
  expect(
    (await api.post(`/courses/${c.free.id}/enroll`, {}, { headers: onSite, token: member })).status,
  ).toBe(201)
  expect(
    (
      await api.post(
        `/lessons/${c.lesson('Arriving in the breath').id}/complete`,
        {},
        { headers: onSite, token: member },
      )
    ).status,
  ).toBe(200)
  const prankster = await createUser(t.payload, 'prankster@test.local', [], {
    [c.site]: ['member'],
  })
  await t.payload.update({
    id: prankster.user.id,
    collection: 'users',
    data: { name: '=HYPERLINK("https://evil.example","Sam")' },
  })
  expect(
    (
      await api.post(
        `/courses/${c.free.id}/enroll`,
        {},
        { headers: onSite, token: prankster.token },
      )
    ).status,
  ).toBe(201)
})

afterAll(async () => t?.cleanup())

const csvOf = (courseId: number, token?: string, query = '', headers = onSite) =>
  api.get<string>(`/courses/${courseId}/enrollments.csv${query}`, { headers, token })

/** The CSV's lines: CRLF-separated, with a final line break. */
const rowsOf = (csv: string) => csv.trimEnd().split('\r\n')

describe('GET /api/courses/:id/enrollments.csv', () => {
  it('gives the site’s instructor every enrollment of the course as a spreadsheet download', async () => {
    const response = await csvOf(c.free.id, instructor)
    expect(response.status, errorText(response.body)).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="breathing-with-the-ocean-enrollments.csv"',
    )
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    // (Its byte-order mark, which `Response.text()` strips, is checked on the browser's download.)
    const [header, ...rows] = rowsOf(response.body)
    expect(header).toBe(rosterColumns.join(','))
    expect(rows).toHaveLength(2)
    // Newest first: the second learner, whose formula is defused with an apostrophe and quoted for its commas and quotes.
    expect(rows[0]).toMatch(
      /^"'=HYPERLINK\(""https:\/\/evil\.example"",""Sam""\)",prankster@test\.local,active,\d{4}-\d\d-\d\dT[\d:.]+Z,0,,$/,
    )
    // One lesson of five done: 20 %, and the lesson they last opened.
    expect(rows[1]).toMatch(
      /^Theo Strand,member@ozean-licht\.local,active,\d{4}-\d\d-\d\dT[\d:.]+Z,20,Arriving in the breath,$/,
    )
  })

  it('narrows to one status, and names the choices for a status that is not one (400)', async () => {
    const completed = await csvOf(c.free.id, instructor, '?status=completed')
    expect(completed.status).toBe(200)
    expect(completed.headers.get('content-disposition')).toBe(
      'attachment; filename="breathing-with-the-ocean-enrollments-completed.csv"',
    )
    expect(rowsOf(completed.body)).toEqual([rosterColumns.join(',')])

    const bad = await csvOf(c.free.id, instructor, '?status=paused')
    expect(bad.status).toBe(400)
    expect(errorText(bad.body)).toBe('"status" must be one of active, completed, expired, revoked.')
  })

  it('is for the course’s site’s teachers only: 401 anonymous, 403 a member or another site’s instructor, 404 through another site', async () => {
    expect((await csvOf(c.free.id)).status).toBe(401)
    const member = await csvOf(c.free.id, await c.tokenOf('member@ozean-licht.local'))
    expect(member.status).toBe(403)
    expect(errorText(member.body)).toBe(
      "Only the instructors, editors and admins of this course's site may download its enrollments.",
    )
    const stranger = await createUser(t.payload, 'teacher-elsewhere@test.local', [], {
      [elsewhere]: ['instructor'],
    })
    expect((await csvOf(c.free.id, stranger.token)).status).toBe(403)
    expect(
      (await csvOf(c.free.id, stranger.token, '', { host: 'elsewhere.localhost' })).status,
    ).toBe(404)
  })
})

describe('the CourseCard block', () => {
  const pageWithCard = (site: number, course: number) => ({
    slug: `card-${site}-${course}`,
    _status: 'published',
    hero: { type: 'none' },
    layout: [{ blockType: 'courseCard', course }],
    site,
    title: 'Course card',
  })

  it('takes a course of the page’s own site', async () => {
    const admin = await c.tokenOf('admin@prism.local')
    const response = await api.post<{ doc: { layout: { blockType: string; course: number }[] } }>(
      '/pages?depth=0',
      pageWithCard(c.site, c.free.id),
      { token: admin },
    )
    expect(response.status, errorText(response.body)).toBe(201)
    expect(response.body.doc.layout).toMatchObject([{ blockType: 'courseCard', course: c.free.id }])
  })

  it('refuses another site’s course (400) and saves no page', async () => {
    const admin = await c.tokenOf('admin@prism.local')
    const response = await api.post('/pages', pageWithCard(elsewhere, c.free.id), { token: admin })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toMatch(/course/i)
    expect(
      (
        await t.payload.count({
          collection: 'pages',
          where: { slug: { equals: `card-${elsewhere}-${c.free.id}` } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
