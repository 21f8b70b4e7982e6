import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { siteUser } from '../../../../../../../plugins/courses/components/queries/siteUser'
import { EventPage } from '../../../../../../../plugins/courses/events/components/EventPage'
import { querySiteEvent } from '../../../../../../../plugins/courses/events/queries'
import { requireEventsSite } from '../../../../../../../plugins/courses/events/requireEventsSite'

// Seats and the visitor's own registration change with every request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ host: string; slug: string }> }

async function load({ params }: Props) {
  const { site } = await requireEventsSite(params)
  const user = await siteUser()
  const details = await querySiteEvent(site.id, decodeURIComponent((await params).slug), user?.id ?? null)
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
