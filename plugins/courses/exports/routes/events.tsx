import type { Metadata } from 'next'

import { requireSiteFeature } from '@/src/site/requireSiteFeature'
import { queryCalendar } from '../../events/calendarQuery'
import { EventsPage } from '../../events/components/EventsPage'
import { EVENTS_FEATURE } from '../../features'

type Props = {
  params: Promise<{ host: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function EventsRoute({ params, searchParams }: Props) {
  const { site } = await requireSiteFeature(params, EVENTS_FEATURE)
  return <EventsPage {...await queryCalendar(site.id, await searchParams)} />
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site } = await requireSiteFeature(params, EVENTS_FEATURE)
  return {
    description: `Events of ${site.name}, and a calendar feed to subscribe to.`,
    title: 'Events',
  }
}
