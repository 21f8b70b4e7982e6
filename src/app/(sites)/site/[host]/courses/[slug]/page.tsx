import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CoursePage } from '../../../../../../../plugins/courses/components/CoursePage'
import { queryCoursePage } from '../../../../../../../plugins/courses/components/queries/coursePage'
import { siteUser } from '../../../../../../../plugins/courses/components/queries/siteUser'
import { requireCourseSite } from '../../../../../../../plugins/courses/components/requireCourseSite'

// Each member sees their own progress.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ host: string; slug: string }> }

async function load({ params }: Props) {
  const { site } = await requireCourseSite(params)
  const { slug } = await params
  const user = await siteUser()
  const data = await queryCoursePage(site.id, decodeURIComponent(slug), user)
  if (!data) notFound()
  return { ...data, signedIn: Boolean(user) }
}

export default async function CourseRoute(props: Props) {
  return <CoursePage {...await load(props)} />
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { course } = await load(props)
  return { description: course.meta?.description ?? course.summary ?? undefined, title: course.meta?.title ?? course.title }
}
