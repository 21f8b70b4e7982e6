import NextLink from 'next/link'

import { requireSiteFeature } from '@/src/site/requireSiteFeature'
import { signInPath } from '../../components/coursePaths'
import { MyCourses } from '../../components/MyCourses'
import { queryMyCourses } from '../../components/queries/myCourses'
import { siteUser } from '../../components/queries/siteUser'
import { COURSES_FEATURE } from '../../features'

export const metadata = { robots: { index: false }, title: 'My courses' }

type Props = { params: Promise<{ host: string }> }

export default async function MyCoursesRoute({ params }: Props) {
  const { site } = await requireSiteFeature(params, COURSES_FEATURE)
  const user = await siteUser()
  if (!user) {
    return (
      <div className="container">
        <header className="page-heading">
          <h1>My courses</h1>
        </header>
        <p>
          <NextLink href={signInPath('/my-courses')}>Sign in</NextLink> to see your courses.
        </p>
      </div>
    )
  }
  return <MyCourses courses={await queryMyCourses(site.id, user)} />
}
