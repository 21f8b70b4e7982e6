import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { requireSiteFeature } from '@/src/site/requireSiteFeature'
import { LessonPage } from '../../components/LessonPage'
import { queryCoursePage } from '../../components/queries/coursePage'
import { queryLessonPage } from '../../components/queries/lessonPage'
import { siteUser } from '../../components/queries/siteUser'
import { COURSES_FEATURE } from '../../features'

type Props = { params: Promise<{ host: string; lessonId: string; slug: string }> }

// A locked lesson answers 200 with the reason and the way in (enroll, wait, finish the module
// before): App Router pages cannot set 403 without experimental flags; the API answers 403.
async function load({ params }: Props) {
  const { site } = await requireSiteFeature(params, COURSES_FEATURE)
  const { slug, lessonId } = await params
  const user = await siteUser()
  const course = await queryCoursePage(site.id, decodeURIComponent(slug), user)
  if (!course) notFound()
  const page = await queryLessonPage(course.course.id, lessonId, user)
  if (!page) notFound()
  return { ...course, ...page, lessonId: Number(lessonId), signedIn: Boolean(user) }
}

export default async function LessonRoute(props: Props) {
  const { course, lesson, lessonId, lock, signedIn, state } = await load(props)
  return (
    <LessonPage
      course={course}
      lesson={lesson}
      lessonId={lessonId}
      lock={lock}
      signedIn={signedIn}
      state={state}
    />
  )
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { course, lessonId, state } = await load(props)
  const title = state.modules
    .flatMap((module) => module.lessons)
    .find((lesson) => lesson.id === lessonId)?.title
  return { robots: { index: false }, title: `${title} · ${course.title}` }
}
