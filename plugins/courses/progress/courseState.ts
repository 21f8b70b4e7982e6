import type { Payload, PayloadRequest } from 'payload'

import type { Enrollment, Lesson, LessonProgress, Module } from '@/payload-types'
import { hasSiteRole, idOf, isGlobalWriter } from '../../sites'
import { courseWriters } from '../roles'

const DAY_MS = 24 * 60 * 60 * 1000

export type LessonState = {
  completed: boolean
  freePreview: boolean
  id: number
  positionSeconds: number | null
  title: string
}

export type ModuleState = {
  id: number
  lessons: LessonState[]
  title: string
  /** Why it is locked (`drip`: not yet released; `previous`: the module before is unfinished), or null when open. */
  lockedBy: 'drip' | 'previous' | null
  /** When the drip releases it (ISO), for a module locked by drip. */
  unlocksAt: string | null
}

export type CourseState = {
  courseId: number
  /** The member's active or completed enrollment, or null. */
  enrollment: Enrollment | null
  modules: ModuleState[]
  /** Lessons completed ÷ lessons, 0–100, rounded down. */
  percent: number
  /** Where to resume: the last lesson opened if still unfinished, else the first open unfinished lesson; null when all are done. */
  resumeLessonId: number | null
}

/** Payload's fractional order keys of the orderable joins (`_<collection>_<join>_order`): the editors' drag-and-drop order. */
export const moduleOrder = '_modules_modules_order'
export const lessonOrder = '_lessons_lessons_order'

/** A module as the state needs it, with its lessons in order. */
export type SyllabusModule = Pick<
  Module,
  'course' | 'dripDays' | 'id' | 'requiresPrevious' | 'title'
> & { lessons: Pick<Lesson, 'freePreview' | 'id' | 'module' | 'title'>[] }

/** Several courses' modules and their lessons in the editors' order, by course id: two queries however many courses. */
export async function syllabi(
  payload: Payload,
  courseIds: number[],
  req?: PayloadRequest,
): Promise<Map<number, SyllabusModule[]>> {
  const where = { course: { in: courseIds } }
  // overrideAccess: callers pass courses read with access (or a lesson's, read with access); only the syllabus (titles, order, drip) is selected, which is public with the course.
  const [modules, lessons] = await Promise.all([
    payload.find({
      collection: 'modules',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { course: true, dripDays: true, requiresPrevious: true, title: true },
      sort: moduleOrder,
      where,
    }),
    payload.find({
      collection: 'lessons',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { freePreview: true, module: true, title: true },
      sort: lessonOrder,
      where,
    }),
  ])
  // Each key orders a row within its own parent, so filtering the sorted rows by parent keeps that order.
  const tree: SyllabusModule[] = modules.docs.map((module) => ({
    ...module,
    lessons: lessons.docs.filter((lesson) => idOf(lesson.module) === module.id),
  }))
  return new Map(courseIds.map((id) => [id, tree.filter((module) => idOf(module.course) === id)]))
}

/** Whether an enrollment still grants access: active or completed, and not expired. */
export const grantsAccess = (enrollment: Enrollment, now = new Date()): boolean =>
  (enrollment.status === 'active' || enrollment.status === 'completed') &&
  !(enrollment.expiresAt && new Date(enrollment.expiresAt) < now)

/** The user's enrollment in a course that still grants access, or null. */
export async function activeEnrollment(
  payload: Payload,
  userId: number,
  courseId: number,
  req?: PayloadRequest,
): Promise<Enrollment | null> {
  const { docs } = await payload.find({
    collection: 'enrollments',
    depth: 0,
    limit: 1,
    // overrideAccess: pinned to the request's own user (`userId` is always the signed-in viewer) in a course read with access.
    overrideAccess: true,
    req,
    where: { and: [{ user: { equals: userId } }, { course: { equals: courseId } }] },
  })
  return docs[0] && grantsAccess(docs[0]) ? docs[0] : null
}

export type ProgressRow = Pick<
  LessonProgress,
  'completedAt' | 'course' | 'lesson' | 'positionSeconds'
>

/** The user's lesson-progress rows in the given courses. */
export async function progressRows(
  payload: Payload,
  userId: number,
  courseIds: number[],
  req?: PayloadRequest,
): Promise<ProgressRow[]> {
  const { docs } = await payload.find({
    collection: 'lesson-progress',
    depth: 0,
    limit: 0,
    // overrideAccess: pinned to the viewer's own id, like `activeEnrollment`.
    overrideAccess: true,
    pagination: false,
    req,
    select: { completedAt: true, course: true, lesson: true, positionSeconds: true },
    where: { and: [{ user: { equals: userId } }, { course: { in: courseIds } }] },
  })
  return docs
}

/**
 * Everything the site and the endpoints show of one member in one course: which modules are open
 * (drip: N days after enrolling; prerequisite: every lesson of the previous module complete), which
 * lessons are complete, the percentage and where to resume. Without an enrollment every module
 * counts as locked except for free previews, which `canOpenLesson` lets through separately.
 */
export function stateOf(
  courseId: number,
  tree: SyllabusModule[],
  enrollment: Enrollment | null,
  progress: ProgressRow[],
  now = new Date(),
): CourseState {
  const byLesson = new Map(
    progress.filter((row) => idOf(row.course) === courseId).map((row) => [idOf(row.lesson), row]),
  )
  const enrolledAt = enrollment ? new Date(enrollment.enrolledAt).getTime() : null

  let previousComplete = true
  const modules: ModuleState[] = tree.map((module) => {
    const lessons = module.lessons.map((lesson) => ({
      id: lesson.id,
      completed: Boolean(byLesson.get(lesson.id)?.completedAt),
      freePreview: Boolean(lesson.freePreview),
      positionSeconds: byLesson.get(lesson.id)?.positionSeconds ?? null,
      title: lesson.title,
    }))
    const releaseAt = enrolledAt === null ? null : enrolledAt + (module.dripDays ?? 0) * DAY_MS
    let lockedBy: ModuleState['lockedBy'] = null
    if (!enrollment) lockedBy = 'previous'
    else if (releaseAt !== null && releaseAt > now.getTime()) lockedBy = 'drip'
    else if (module.requiresPrevious && !previousComplete) lockedBy = 'previous'
    previousComplete = lessons.every((lesson) => lesson.completed)
    return {
      id: module.id,
      lessons,
      lockedBy,
      title: module.title,
      unlocksAt:
        lockedBy === 'drip' && releaseAt !== null ? new Date(releaseAt).toISOString() : null,
    }
  })

  const all = modules.flatMap((module) => module.lessons)
  const done = all.filter((lesson) => lesson.completed).length
  const open = modules
    .filter((module) => module.lockedBy === null)
    .flatMap((module) => module.lessons)
  const last = idOf(enrollment?.lastLesson)
  const resume =
    open.find((lesson) => lesson.id === last && !lesson.completed) ??
    open.find((lesson) => !lesson.completed)
  return {
    courseId,
    enrollment,
    modules,
    percent: all.length ? Math.floor((done / all.length) * 100) : 0,
    resumeLessonId: resume?.id ?? null,
  }
}

/** `stateOf` one course, read from the database. */
export async function courseState(
  payload: Payload,
  userId: number | null,
  courseId: number,
  req?: PayloadRequest,
  now = new Date(),
): Promise<CourseState> {
  const [trees, enrollment] = await Promise.all([
    syllabi(payload, [courseId], req),
    userId === null ? null : activeEnrollment(payload, userId, courseId, req),
  ])
  const progress =
    enrollment && userId !== null ? await progressRows(payload, userId, [courseId], req) : []
  return stateOf(courseId, trees.get(courseId) ?? [], enrollment, progress, now)
}

/** Site staff who build courses see every lesson of their site. */
export const teachesSite = (user: PayloadRequest['user'], siteId: unknown): boolean =>
  isGlobalWriter(user) || hasSiteRole(user, siteId, courseWriters)

export type LessonLock = { code: 'not_enrolled' | 'drip' | 'previous'; message: string } | null

/**
 * Whether the request's user may open a lesson's body, video and attachments: free previews and
 * staff always; enrolled members once its module is open. Cached per request and course.
 */
export async function lessonLock(
  req: PayloadRequest,
  lesson: {
    course?: unknown
    freePreview?: boolean | null
    id: number
    module?: unknown
    site?: unknown
  },
): Promise<LessonLock> {
  if (lesson.freePreview || teachesSite(req.user, lesson.site)) return null
  const courseId = idOf(lesson.course)
  if (courseId === undefined)
    return { code: 'not_enrolled', message: 'This lesson belongs to no course.' }
  if (!req.user)
    return {
      code: 'not_enrolled',
      message: 'Sign in and enroll in this course to open its lessons.',
    }
  const cache = ((req.context.courseStates as Map<number, Promise<CourseState>> | undefined) ??=
    new Map())
  if (!cache.has(courseId))
    cache.set(courseId, courseState(req.payload, Number(req.user.id), courseId, req))
  const state = await cache.get(courseId)!
  if (!state.enrollment)
    return { code: 'not_enrolled', message: 'Enroll in this course to open its lessons.' }
  const module = state.modules.find((m: ModuleState) => m.id === idOf(lesson.module))
  if (module?.lockedBy === 'drip')
    return {
      code: 'drip',
      message: `This lesson opens on ${new Date(module.unlocksAt!).toUTCString()}.`,
    }
  if (module?.lockedBy === 'previous')
    return { code: 'previous', message: 'Complete the previous module to open this lesson.' }
  return null
}
