import type { Metadata } from 'next'

import { hostOrigin } from '@/src/site/hosts/hostOrigin'
import { requireSiteFeature } from '@/src/site/requireSiteFeature'
import { Catalogue } from '../../components/Catalogue'
import {
  catalogueFilter,
  queryCatalogue,
  queryCourseTags,
} from '../../components/queries/catalogue'
import { COURSES_FEATURE } from '../../features'

type Props = {
  params: Promise<{ host: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function CoursesRoute({ params, searchParams }: Props) {
  const { site } = await requireSiteFeature(params, COURSES_FEATURE)
  const filter = catalogueFilter(await searchParams)
  const [courses, tags] = await Promise.all([
    queryCatalogue(site.id, filter),
    queryCourseTags(site.id),
  ])
  return <Catalogue courses={courses} filter={filter} tags={tags} />
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, site } = await requireSiteFeature(params, COURSES_FEATURE)
  return {
    alternates: { canonical: `${hostOrigin(host)}/courses` },
    description: `Courses on ${site.name}.`,
    title: 'Courses',
  }
}
