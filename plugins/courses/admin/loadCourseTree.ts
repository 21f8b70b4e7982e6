import type { PayloadRequest } from 'payload'

import type { Course, Video } from '@/payload-types'
import { idOf } from '../../sites'
import { lessonOrder, moduleOrder } from '../progress/courseState'

export type TreeVideo = Pick<Video, 'id' | 'status' | 'title' | 'visibility'> & {
  progress: null | number
}

export type TreeLesson = {
  durationMinutes: null | number
  freePreview: boolean
  id: number
  title: string
  video: null | TreeVideo
}

export type TreeModule = {
  dripDays: number
  id: number
  lessons: TreeLesson[]
  minutes: number
  requiresPrevious: boolean
  title: string
}

export type CourseTree = {
  course: Pick<Course, 'id' | 'slug' | 'status' | 'title'> & { siteId: number }
  lessonCount: number
  minutes: number
  modules: TreeModule[]
}

const sum = (values: (null | number | undefined)[]) =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0)

export type TreeCourse = Pick<Course, 'id' | 'site' | 'slug' | 'status' | 'title'>

/** The course as the user may read it (site scope, drafts for its writers only), or null. */
export const readCourse = (req: PayloadRequest, courseId: number): Promise<null | TreeCourse> =>
  req.payload.findByID({
    id: courseId,
    collection: 'courses',
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    req,
    select: { slug: true, site: true, status: true, title: true },
    user: req.user,
  })

/**
 * A course's whole syllabus in the editors' drag-and-drop order, with what the builder shows of
 * each lesson's video, read with the user's access (`openCourseTree` checks first that they teach
 * the course's site, whose writers read every part of it).
 */
export async function loadCourseTree(req: PayloadRequest, course: TreeCourse): Promise<CourseTree> {
  const { payload } = req
  const courseId = course.id
  const [modules, lessons] = await Promise.all([
    payload.find({
      collection: 'modules',
      depth: 0,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      req,
      select: { dripDays: true, requiresPrevious: true, title: true },
      sort: moduleOrder,
      user: req.user,
      where: { course: { equals: courseId } },
    }),
    payload.find({
      collection: 'lessons',
      depth: 0,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      req,
      select: { durationMinutes: true, freePreview: true, module: true, title: true, video: true },
      sort: lessonOrder,
      user: req.user,
      where: { course: { equals: courseId } },
    }),
  ])
  const videoIds = [
    ...new Set(lessons.docs.map((lesson) => idOf(lesson.video)).filter((id) => id !== undefined)),
  ]
  const videos = videoIds.length
    ? (
        await payload.find({
          collection: 'videos',
          depth: 0,
          limit: 0,
          // overrideAccess: the ids are those of lessons just read with the user's access, and only the state the builder shows is selected (another instructor's private video is not readable to them).
          overrideAccess: true,
          pagination: false,
          select: { processing: { progress: true }, status: true, title: true, visibility: true },
          where: { id: { in: videoIds } },
        })
      ).docs
    : []
  const videoById = new Map(
    videos.map(({ id, processing, status, title, visibility }) => [
      id,
      { id, progress: processing?.progress ?? null, status, title, visibility },
    ]),
  )

  const tree: TreeModule[] = modules.docs.map((module) => {
    const own = lessons.docs
      .filter((lesson) => idOf(lesson.module) === module.id)
      .map((lesson) => ({
        id: lesson.id,
        durationMinutes: lesson.durationMinutes ?? null,
        freePreview: Boolean(lesson.freePreview),
        title: lesson.title,
        video: videoById.get(idOf(lesson.video) ?? -1) ?? null,
      }))
    return {
      id: module.id,
      dripDays: module.dripDays ?? 0,
      lessons: own,
      minutes: sum(own.map((lesson) => lesson.durationMinutes)),
      requiresPrevious: Boolean(module.requiresPrevious),
      title: module.title,
    }
  })
  return {
    course: {
      id: course.id,
      slug: course.slug,
      siteId: idOf(course.site)!,
      status: course.status,
      title: course.title,
    },
    lessonCount: sum(tree.map((module) => module.lessons.length)),
    minutes: sum(tree.map((module) => module.minutes)),
    modules: tree,
  }
}
