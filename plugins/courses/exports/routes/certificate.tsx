import config from '@payload-config'
import { getPayload } from 'payload'

import { requireSiteFeature } from '@/src/site/requireSiteFeature'
import { findCertificate } from '../../certificates/lookup'
import { CertificatePage } from '../../components/CertificatePage'
import { COURSES_FEATURE } from '../../features'

export const metadata = { robots: { index: false }, title: 'Certificate' }

type Props = { params: Promise<{ code: string; host: string }> }

/** A certificate of another site is "not valid" here: each site vouches only for its own. */
export default async function CertificateRoute({ params }: Props) {
  const { site } = await requireSiteFeature(params, COURSES_FEATURE)
  const { code } = await params
  const certificate = await findCertificate(
    await getPayload({ config }),
    decodeURIComponent(code),
    [site.id],
  )
  return <CertificatePage certificate={certificate} code={decodeURIComponent(code).slice(0, 40)} />
}
