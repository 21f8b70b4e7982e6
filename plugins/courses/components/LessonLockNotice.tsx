import type { Course } from '@payload-types'
import NextLink from 'next/link'

import type { CourseState } from '../progress/courseState'
import { ActionButton } from './ActionButton'
import { coursePath, lessonPath, signInPath } from './coursePaths'
import type { Lock } from './queries/lessonPage'

type Props = {
  course: Pick<Course, 'id' | 'price' | 'slug' | 'status'>
  lessonId: number
  lock: Lock
  signedIn: boolean
  state: CourseState
}

const longDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

/** Why a lesson is shut, in the reader's terms, and the one step that opens it (sign in, enroll, wait, or finish the module before). */
export function LessonLockNotice({ course, lessonId, lock, signedIn, state }: Props) {
  const moduleIndex = state.modules.findIndex((module) =>
    module.lessons.some((lesson) => lesson.id === lessonId),
  )
  const module = state.modules[moduleIndex]
  let reason = lock.message
  let step = null
  if (lock.code === 'drip' && module?.unlocksAt)
    reason = `This lesson opens on ${longDate(module.unlocksAt)}.`
  if (lock.code === 'previous') {
    const unfinished = state.modules[moduleIndex - 1]?.lessons.find((lesson) => !lesson.completed)
    reason = 'Complete the previous module to open this lesson.'
    if (unfinished)
      step = (
        <NextLink
          href={lessonPath(course.slug, unfinished.id)}
        >{`Continue with “${unfinished.title}”`}</NextLink>
      )
  }
  if (lock.code === 'not_enrolled') {
    if (!signedIn) {
      step = (
        <NextLink
          className="button button--default"
          href={signInPath(lessonPath(course.slug, lessonId))}
        >
          Sign in to enroll
        </NextLink>
      )
    } else if (!course.price && course.status === 'published') {
      step = <ActionButton label="Enroll for free" url={`/api/courses/${course.id}/enroll`} />
    } else {
      step = (
        <NextLink className="button button--default" href={coursePath(course.slug)}>
          How to enroll
        </NextLink>
      )
    }
  }
  return (
    <section
      aria-labelledby="lesson-locked"
      className="lesson-page__locked"
      data-lock={lock.code}
      data-locked="true"
    >
      <h2 id="lesson-locked">This lesson is locked</h2>
      <p>{reason}</p>
      {step}
    </section>
  )
}
