import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { Catalogue } from '../../../../../../plugins/courses/components/Catalogue'
import { catalogueFilter, queryCatalogue } from '../../../../../../plugins/courses/components/queries/catalogue'
import { requireCourseSite } from '../../../../../../plugins/courses/components/requireCourseSite'

// Filters live in the query string.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ host: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function CoursesRoute({ params, searchParams }: Props) {
  const { site } = await requireCourseSite(params)
  const filter = catalogueFilter(await searchParams)
  const payload = await getPayload({ config })
  const [courses, all] = await Promise.all([
    queryCatalogue(site.id, filter),
    payload.find({ collection: 'courses', depth: 0, limit: 100, overrideAccess: false, select: { tags: true }, where: { and: [{ site: { equals: site.id } }, { status: { equals: 'published' } }] } }),
  ])
  const tags = [...new Set(all.docs.flatMap((course) => course.tags ?? []))].sort()
  return <Catalogue courses={courses} filter={filter} tags={tags} />
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site } = await requireCourseSite(params)
  return { description: `Courses on ${site.name}.`, title: 'Courses' }
}
