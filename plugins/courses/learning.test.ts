/**
 * A member's way through a course over the API, on the seeded Ozean Licht catalogue: enrolling in
 * a free course (twice; enroll.test covers paid courses and tiers), opening lessons (preview, locked
 * by enrollment, prerequisite and drip), completing them up to the certificate — and what anonymous
 * visitors, other sites and lower roles see of the same lessons over REST, GraphQL and the Local API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureQueues } from '../../src/queue/ensureQueues'

import type { Course, Lesson, User } from '../../payload-types'
import { type Api, createApi, errorText } from '../../tests/helpers/api'
import { createSite, siteIdOf } from '../../tests/helpers/sites'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createUser, login } from '../../tests/helpers/users'
import { getSender, stopSender } from '../queue/client'
import { idOf } from '../sites'
import { videoJobs } from '../video/jobs'
import { createVideo } from '../video/videoFixtures'
import { DEMO_PASSWORD } from '../../src/seed'
import { queryMyCourses } from './components/queries/myCourses'
import type { CourseState } from './progress/courseState'

let t: TestPayload
let api: Api
let site: number
let free: Course
let paid: Course
let lessons: Lesson[]
const tokens: Record<string, string> = {}
const onSite = { host: 'ozean-licht.localhost' }

const lessonTitled = (title: string) => lessons.find((lesson) => lesson.title === title)!

beforeAll(async () => {
  t = await createTestPayload({ seeded: true })
  api = createApi(t.config)
  site = await siteIdOf(t.payload, 'ozean-licht')
  const courses = (
    await t.payload.find({ collection: 'courses', depth: 0, where: { site: { equals: site } } })
  ).docs
  free = courses.find((course) => course.slug === 'breathing-with-the-ocean')!
  paid = courses.find((course) => course.slug === 'light-on-water')!
  lessons = (
    await t.payload.find({
      collection: 'lessons',
      depth: 0,
      limit: 0,
      pagination: false,
      where: { site: { equals: site } },
    })
  ).docs
  tokens.member = await login(t.payload, 'member@ozean-licht.local', DEMO_PASSWORD)
  tokens.instructor = await login(t.payload, 'instructor@ozean-licht.local', DEMO_PASSWORD)
  const other = await createSite(t.payload, 'elsewhere', { features: ['courses'] })
  tokens.outsider = (
    await createUser(t.payload, 'outsider@test.local', [], { [other.id]: ['member'] })
  ).token
  tokens.stranger = (
    await createUser(t.payload, 'stranger@test.local', [], { [site]: ['member'] })
  ).token
})

afterAll(async () => {
  await stopSender()
  await t?.cleanup()
})

const enroll = (course: Course, who?: string) =>
  api.post<{ enrollment?: { id: number; source: string }; errors?: { message: string }[] }>(
    `/courses/${course.id}/enroll`,
    {},
    { headers: onSite, token: who && tokens[who] },
  )
const complete = (lesson: Lesson, who = 'member') =>
  api.post<{ errors?: { data?: { code?: string }; message: string }[]; progress?: CourseState }>(
    `/lessons/${lesson.id}/complete`,
    {},
    { headers: onSite, token: tokens[who] },
  )
const enrollmentsOf = async (email: string, course: Course) => {
  const user = (await t.payload.find({ collection: 'users', where: { email: { equals: email } } }))
    .docs[0] as User
  return (
    await t.payload.find({
      collection: 'enrollments',
      depth: 0,
      where: { and: [{ user: { equals: user.id } }, { course: { equals: course.id } }] },
    })
  ).docs
}

describe('enrolling', () => {
  it('lets a signed-in member enroll in a free course once; a second time is 409 and changes nothing', async () => {
    expect((await enroll(free)).status).toBe(401)
    const first = await enroll(free, 'member')
    expect(first.status, errorText(first.body)).toBe(201)
    expect(first.body.enrollment?.source).toBe('self')
    const again = await enroll(free, 'member')
    expect(again.status, errorText(again.body)).toBe(409)
    expect(errorText(again.body)).toMatch(/already enrolled/)
    expect(await enrollmentsOf('member@ozean-licht.local', free)).toHaveLength(1)
  })
})

describe('lessons', () => {
  it('opens a free preview to everyone and a locked lesson to nobody outside the course (REST, GraphQL, Local API)', async () => {
    const preview = lessonTitled('Arriving in the breath')
    const locked = lessonTitled('The long exhale')
    const anonymousPreview = await api.get<Lesson>(`/lessons/${preview.id}`, { headers: onSite })
    expect(anonymousPreview.status).toBe(200)
    expect(anonymousPreview.body.content).toBeTruthy()

    for (const who of [undefined, 'stranger']) {
      const response = await api.get(`/lessons/${locked.id}`, {
        headers: onSite,
        token: who && tokens[who],
      })
      expect(response.status, who ?? 'anonymous').toBe(403)
      expect(errorText(response.body)).toMatch(/enroll/i)
      const graphql = await api.graphql<{ Lesson: Lesson | null }>(
        'query($id: Int!) { Lesson(id: $id) { title content } }',
        { id: locked.id },
        { headers: onSite, token: who && tokens[who] },
      )
      expect(graphql.body.data?.Lesson ?? null).toBeNull()
      expect(graphql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    }
    // The syllabus stays readable: the list names every lesson but leaves locked bodies out.
    const list = await api.get<{ docs: Lesson[] }>(
      `/lessons?where[course][equals]=${free.id}&limit=50`,
      { headers: onSite, token: tokens.stranger },
    )
    expect(list.body.docs.map((lesson) => lesson.title)).toContain('The long exhale')
    expect(list.body.docs.find((lesson) => lesson.id === locked.id)?.content).toBeUndefined()
    expect(list.body.docs.find((lesson) => lesson.id === preview.id)?.content).toBeTruthy()
    const stranger = (
      await t.payload.find({
        collection: 'users',
        where: { email: { equals: 'stranger@test.local' } },
      })
    ).docs[0]
    await expect(
      t.payload.findByID({
        id: locked.id,
        collection: 'lessons',
        overrideAccess: false,
        user: stranger,
      }),
    ).rejects.toMatchObject({ status: 403 })
    // The instructor sees every lesson of their site.
    const instructor = await api.get<Lesson>(`/lessons/${locked.id}`, {
      headers: onSite,
      token: tokens.instructor,
    })
    expect(instructor.status).toBe(200)
    expect(instructor.body.content).toBeTruthy()
  })

  it('opens the next module once the previous one is complete, and the drip module after its days', async () => {
    const waves = lessonTitled('Breathing with the waves')
    const refused = await complete(waves)
    expect(refused.status).toBe(403)
    expect(refused.body.errors?.[0]?.data?.code).toBe('previous')

    expect((await complete(lessonTitled('Arriving in the breath'))).status).toBe(200)
    const second = await complete(lessonTitled('The long exhale'))
    expect(second.status, errorText(second.body)).toBe(200)
    expect(second.body.progress?.percent).toBe(40)
    expect(second.body.progress?.modules.map((module) => module.lockedBy)).toEqual([
      null,
      null,
      'drip',
    ])
    expect(second.body.progress?.resumeLessonId).toBe(waves.id)
    expect(
      (await api.get(`/lessons/${waves.id}`, { headers: onSite, token: tokens.member })).status,
    ).toBe(200)

    // Completing a completed lesson changes nothing.
    const repeated = await complete(lessonTitled('The long exhale'))
    expect(repeated.status).toBe(200)
    expect(repeated.body.progress?.percent).toBe(40)

    const drip = lessonTitled('Taking it into the day')
    const early = await complete(drip)
    expect(early.status).toBe(403)
    expect(early.body.errors?.[0]?.data?.code).toBe('drip')
  })

  it('completes the course with a certificate code once every lesson is done', async () => {
    const [enrollment] = await enrollmentsOf('member@ozean-licht.local', free)
    // A week and a day after enrolling, the drip module is open.
    await t.payload.update({
      id: enrollment.id,
      collection: 'enrollments',
      data: { enrolledAt: new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString() },
    })
    for (const title of ['Breathing with the waves', 'Letting the breath breathe'])
      expect((await complete(lessonTitled(title))).status).toBe(200)
    const last = await complete(lessonTitled('Taking it into the day'))
    expect(last.body.progress?.percent).toBe(100)
    const [done] = await enrollmentsOf('member@ozean-licht.local', free)
    expect(done.status).toBe('completed')
    expect(done.completedAt).toBeTruthy()
    expect(done.certificateCode).toMatch(/^[0-9A-Z]{12}$/)

    // Anyone with the code can verify it, and download it; nothing else of the member shows.
    const verified = await api.get<Record<string, unknown>>(`/certificates/${done.certificateCode}`)
    expect(verified.status).toBe(200)
    expect(verified.body).toMatchObject({
      courseTitle: 'Breathing with the Ocean',
      memberName: 'Theo',
      siteName: 'Ozean Licht',
      valid: true,
      verifyUrl: expect.stringMatching(
        new RegExp(`ozean-licht\\.localhost:\\d+/certificates/${done.certificateCode}$`),
      ),
    })
    expect(JSON.stringify(verified.body)).not.toContain('@')
    const pdf = await api.get<string>(`/certificates/${done.certificateCode}/pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toContain(
      'certificate-breathing-with-the-ocean.pdf',
    )
    expect((await api.get('/certificates/AAAAAAAAAAAA')).status).toBe(404)
    expect((await api.get('/certificates/not-a-code/pdf')).status).toBe(404)
  })

  it('refuses to record progress in a course the member is not enrolled in, and bad positions', async () => {
    const preview = lessonTitled('Arriving in the breath')
    const response = await complete(preview, 'stranger')
    expect(response.status).toBe(403)
    expect(response.body.errors?.[0]?.data?.code).toBe('not_enrolled')
    expect(
      (
        await api.post(
          `/lessons/${preview.id}/position`,
          { seconds: -3 },
          { headers: onSite, token: tokens.member },
        )
      ).status,
    ).toBe(400)
    expect(
      (
        await api.post(
          `/lessons/${preview.id}/position`,
          { seconds: 42 },
          { headers: onSite, token: tokens.member },
        )
      ).status,
    ).toBe(204)
    const progress = await api.get<CourseState>(`/courses/${free.id}/progress`, {
      headers: onSite,
      token: tokens.member,
    })
    expect(progress.body.modules[0].lessons[0].positionSeconds).toBe(42)
  })
})

describe('my courses', () => {
  it('shows each course’s progress and resume lesson as the course itself does; expired access is closed, and a course taken back to draft leaves', async () => {
    const { token, user } = await createUser(t.payload, 'learner@test.local', [], {
      [site]: ['member'],
    })
    tokens.learner = token
    expect((await enroll(free, 'learner')).status).toBe(201)
    expect((await complete(lessonTitled('Arriving in the breath'), 'learner')).status).toBe(200)
    // Enrolled after the free course, so listed first; not in the future, where drip would keep its lessons shut until then.
    const granted = await t.payload.create({
      collection: 'enrollments',
      data: {
        course: paid.id,
        enrolledAt: new Date().toISOString(),
        site,
        source: 'admin',
        status: 'active',
        user: user.id,
      },
    })
    const learner = (await t.payload.findByID({ id: user.id, collection: 'users' })) as User
    const progressOf = async (course: Course) =>
      (await api.get<CourseState>(`/courses/${course.id}/progress`, { headers: onSite, token }))
        .body

    const mine = await queryMyCourses(site, learner)
    expect(mine.map((row) => row.course.title)).toEqual([paid.title, free.title])
    for (const [row, course] of [
      [mine[0], paid],
      [mine[1], free],
    ] as const) {
      const expected = await progressOf(course)
      expect(row).toMatchObject({
        open: true,
        percent: expected.percent,
        resumeLessonId: expected.resumeLessonId,
        status: 'active',
      })
    }
    expect(mine[1]).toMatchObject({
      percent: 20,
      resumeLessonId: lessonTitled('The long exhale').id,
    })

    await t.payload.update({
      id: granted.id,
      collection: 'enrollments',
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    expect((await queryMyCourses(site, learner))[0]).toMatchObject({
      open: false,
      percent: 0,
      resumeLessonId: null,
    })

    await t.payload.update({ id: paid.id, collection: 'courses', data: { status: 'draft' } })
    try {
      expect((await queryMyCourses(site, learner)).map((row) => row.course.title)).toEqual([
        free.title,
      ])
    } finally {
      await t.payload.update({ id: paid.id, collection: 'courses', data: { status: 'published' } })
    }
  })
})

describe('a video lesson', () => {
  it('keeps the enrolled member’s place from the video’s view beacon, and nobody else’s', async () => {
    // The processing job an upload sends needs its queue (the worker creates it in production).
    await ensureQueues(await getSender(), videoJobs, { schedules: false, update: false })
    const instructor = (
      await t.payload.find({
        collection: 'users',
        where: { email: { equals: 'instructor@ozean-licht.local' } },
      })
    ).docs[0]
    const video = await createVideo(t.payload, {
      site,
      title: 'Arriving, on video',
      uploader: instructor,
      visibility: 'private',
    })
    const lesson = lessonTitled('Arriving in the breath')
    await t.payload.update({ id: lesson.id, collection: 'lessons', data: { video: video.id } })
    const beacon = (who: string, position: number) =>
      api.post(
        `/videos/${video.id}/view`,
        { position, seconds: 5, viewId: `lesson-${who}-${position}` },
        { headers: onSite, token: tokens[who] },
      )

    const watched = await beacon('member', 33)
    expect(watched.status, errorText(watched.body)).toBe(200)
    const progress = await api.get<CourseState>(`/courses/${free.id}/progress`, {
      headers: onSite,
      token: tokens.member,
    })
    expect(
      progress.body.modules[0].lessons.find((entry) => entry.id === lesson.id)?.positionSeconds,
    ).toBe(33)

    // A member of the site who is not enrolled: the preview plays, but no progress is kept.
    expect((await beacon('stranger', 12)).status).toBe(200)
    const stranger = (
      await t.payload.find({
        collection: 'users',
        where: { email: { equals: 'stranger@test.local' } },
      })
    ).docs[0]
    expect(
      (
        await t.payload.count({
          collection: 'lesson-progress',
          where: { user: { equals: stranger.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('course structure', () => {
  it('keeps a module in its course and a lesson within its course’s modules (400, unchanged)', async () => {
    const [module] = (
      await t.payload.find({
        collection: 'modules',
        depth: 0,
        where: { course: { equals: free.id } },
      })
    ).docs
    const moved = await api.patch(
      `/modules/${module.id}`,
      { course: paid.id },
      { headers: onSite, token: tokens.instructor },
    )
    expect(moved.status).toBe(400)
    expect(
      (await t.payload.findByID({ id: module.id, collection: 'modules', depth: 0 })).course,
    ).toBe(free.id)

    const [paidModule] = (
      await t.payload.find({
        collection: 'modules',
        depth: 0,
        where: { course: { equals: paid.id } },
      })
    ).docs
    const lesson = lessonTitled('The long exhale')
    const across = await api.patch(
      `/lessons/${lesson.id}`,
      { module: paidModule.id },
      { headers: onSite, token: tokens.instructor },
    )
    expect(across.status).toBe(400)
    expect(
      (await t.payload.findByID({ id: lesson.id, collection: 'lessons', depth: 0 })).course,
    ).toBe(free.id)
  })

  it('reorders lessons by drag and drop within their module, and refuses a drop into another course (400, order unchanged)', async () => {
    const order = async (moduleId: number) =>
      (
        await t.payload.find({
          collection: 'lessons',
          depth: 0,
          sort: '_lessons_lessons_order',
          where: { module: { equals: moduleId } },
        })
      ).docs.map((doc) => doc.title)
    const keyOf = async (lesson: Lesson) =>
      (await t.payload.findByID({ id: lesson.id, collection: 'lessons', depth: 0 }))
        ._lessons_lessons_order
    // What the admin's drag and drop sends: move the dragged lessons next to the one dropped on.
    const reorder = (moved: Lesson, target: Lesson, newKeyWillBe: 'greater' | 'less') =>
      api.post(
        '/reorder',
        {
          collectionSlug: 'lessons',
          docsToMove: [moved.id],
          newKeyWillBe,
          orderableFieldName: '_lessons_lessons_order',
          target: { id: target.id, key: target._lessons_lessons_order },
        },
        { headers: onSite, token: tokens.instructor },
      )
    const [first, second] = ['Arriving in the breath', 'The long exhale'].map((title) =>
      lessons.find((lesson) => lesson.title === title)!,
    )
    const arriving = idOf(first.module)!
    expect(await order(arriving)).toEqual(['Arriving in the breath', 'The long exhale'])
    const moved = await reorder(
      second,
      { ...first, _lessons_lessons_order: await keyOf(first) },
      'less',
    )
    expect(moved.status, errorText(moved.body)).toBe(200)
    expect(await order(arriving)).toEqual(['The long exhale', 'Arriving in the breath'])

    const paidLesson = lessons.find((lesson) => lesson.course === paid.id)!
    const before = await keyOf(first)
    const across = await reorder(
      first,
      { ...paidLesson, _lessons_lessons_order: await keyOf(paidLesson) },
      'greater',
    )
    expect(across.status).toBe(400)
    expect(errorText(across.body)).toMatch(/^Lessons are reordered within their own module only/)
    expect(await keyOf(first)).toBe(before)
    // Put the syllabus back for the tests that follow.
    expect(
      (await reorder(first, { ...second, _lessons_lessons_order: await keyOf(second) }, 'less'))
        .status,
    ).toBe(200)
    expect(await order(arriving)).toEqual(['Arriving in the breath', 'The long exhale'])
  })

  it('hides draft courses from members and every course from another site', async () => {
    await t.payload.create({
      collection: 'courses',
      data: { slug: 'unfinished', currency: 'EUR', site, status: 'draft', title: 'Unfinished' },
    })
    const titles = async (token?: string, host = 'ozean-licht.localhost') =>
      (
        await api.get<{ docs: Course[] }>('/courses?limit=50', { headers: { host }, token })
      ).body.docs.map((course) => course.title)
    expect(await titles(tokens.member)).not.toContain('Unfinished')
    expect(await titles(tokens.instructor)).toContain('Unfinished')
    expect(await titles(tokens.outsider, 'elsewhere.localhost')).toEqual([])
  })
})
