import type { Metadata } from 'next'

import { queryCalendar } from '../../../../../../plugins/courses/events/calendarQuery'
import { EventsPage } from '../../../../../../plugins/courses/events/components/EventsPage'
import { requireEventsSite } from '../../../../../../plugins/courses/events/requireEventsSite'

// Month and past views live in the query string; seats change with every registration.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ host: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function EventsRoute({ params, searchParams }: Props) {
  const { site } = await requireEventsSite(params)
  return <EventsPage {...await queryCalendar(site.id, await searchParams)} />
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site } = await requireEventsSite(params)
  return { description: `Events of ${site.name}, and a calendar feed to subscribe to.`, title: 'Events' }
}
