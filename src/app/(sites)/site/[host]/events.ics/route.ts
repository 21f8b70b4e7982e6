import type { NextRequest } from 'next/server'

import { calendarFeed } from '../../../../../../plugins/courses/events/calendarFeed'
import { querySiteEvents } from '../../../../../../plugins/courses/events/queries'
import { EVENTS_FEATURE } from '../../../../../../plugins/courses/roles'
import { requestOrigin } from '../../../../../site/hosts/requestOrigin'
import { querySite } from '../../../../../site/queries/querySite'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ host: string }> }

const DAY_MS = 24 * 60 * 60 * 1000

/** The site's events of the last 30 days and ahead as an iCalendar feed; `?event=<slug>` for one event. */
export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const { host } = await params
  const site = await querySite(host)
  if (!site?.features?.includes(EVENTS_FEATURE)) return new Response('No calendar on this host.', { status: 404 })
  const only = request.nextUrl.searchParams.get('event')
  const events = (await querySiteEvents(site.id, { from: new Date(Date.now() - 30 * DAY_MS) })).filter((event) => !only || event.slug === only)
  if (only && !events.length) return new Response('No such event.', { status: 404 })
  const body = calendarFeed({ events, host, origin: requestOrigin(request), siteName: site.name })
  return new Response(body, {
    headers: {
      'Cache-Control': 'public, max-age=0, s-maxage=300',
      'Content-Disposition': `inline; filename="${only ?? 'events'}.ics"`,
      'Content-Type': 'text/calendar; charset=utf-8',
    },
  })
}
