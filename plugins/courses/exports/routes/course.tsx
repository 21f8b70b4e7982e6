import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { requireSiteFeature } from '@/src/site/requireSiteFeature'
import { CoursePage } from '../../components/CoursePage'
import { queryCoursePage } from '../../components/queries/coursePage'
import { siteUser } from '../../components/queries/siteUser'
import { COURSES_FEATURE } from '../../features'

type Props = { params: Promise<{ host: string; slug: string }> }

async function load({ params }: Props) {
  const { site } = await requireSiteFeature(params, COURSES_FEATURE)
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
  return {
    description: course.meta?.description ?? course.summary ?? undefined,
    title: course.meta?.title ?? course.title,
  }
}
