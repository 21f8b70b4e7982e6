import type { NextRequest } from 'next/server'

import { requestOrigin } from '@/src/site/hosts/requestOrigin'
import { querySite } from '@/src/site/queries/querySite'
import { siteHasFeature } from '@/src/site/requireSiteFeature'
import { calendarFeed } from '../../events/calendarFeed'
import { findSiteEvent, querySiteEvents } from '../../events/queries'
import { EVENTS_FEATURE } from '../../features'

type Context = { params: Promise<{ host: string }> }

/** How far back the feed reaches: calendar apps drop events that vanish from a subscribed feed. */
const RECENT_MS = 30 * 24 * 60 * 60 * 1000

const notFound = (message: string) =>
  new Response(message, { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, status: 404 })

/** The site's events of the last 30 days and ahead as an iCalendar feed to subscribe to; `?event=<slug>`: one event to add. */
export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const site = await querySite((await params).host)
  if (!site || !(await siteHasFeature(site, EVENTS_FEATURE)))
    return notFound('No events calendar on this host.')
  const slug = request.nextUrl.searchParams.get('event')
  const single = slug === null ? null : await findSiteEvent(site.id, slug)
  if (slug !== null && !single) return notFound(`No event “${slug}” on this site.`)
  const events = single
    ? [single]
    : await querySiteEvents(
        site.id,
        { endsAfter: new Date(Date.now() - RECENT_MS) },
        { limit: 500 },
      )
  return new Response(calendarFeed({ events, origin: requestOrigin(request), site }), {
    headers: {
      'Cache-Control': 'public, max-age=0, s-maxage=300',
      'Content-Disposition': single
        ? `attachment; filename="${single.slug}.ics"`
        : 'inline; filename="events.ics"',
      'Content-Type': 'text/calendar; charset=utf-8',
    },
  })
}
