import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { requireSiteFeature } from '@/src/site/requireSiteFeature'
import { siteUser } from '../../components/queries/siteUser'
import { EventPage } from '../../events/components/EventPage'
import { querySiteEvent } from '../../events/queries'
import { EVENTS_FEATURE } from '../../features'

type Props = { params: Promise<{ host: string; slug: string }> }

async function load({ params }: Props) {
  const { site } = await requireSiteFeature(params, EVENTS_FEATURE)
  const user = await siteUser()
  const details = await querySiteEvent(
    site.id,
    decodeURIComponent((await params).slug),
    user?.id ?? null,
  )
  if (!details) notFound()
  return { ...details, signedIn: Boolean(user) }
}

export default async function EventRoute(props: Props) {
  return <EventPage {...await load(props)} />
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { event } = await load(props)
  return { description: event.summary ?? undefined, title: event.title }
}
