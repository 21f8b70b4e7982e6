import NextLink from 'next/link'

import { RichText } from '@/src/site/components/RichText'
import '../../components/courses.css'
import { eventWhen } from '../eventTime'
import type { EventDetails } from '../queries'
import { registrationRefusal } from '../registrationRules'
import { ActionButton } from '../../components/ActionButton'
import { SeatsLeft } from './SeatsLeft'
import './events.css'

type Props = EventDetails & { signedIn: boolean }

const registerUrl = (event: EventDetails['event']) => `/api/events/${event.id}/register`

/** What a visitor can do about the event: register, cancel, sign in first, or read why not. */
function Registration({ event, registered, seatsLeft, signedIn }: Props) {
  const refusal = registrationRefusal(event)
  if (registered) {
    return (
      <>
        <p className="course-badge course-badge--done">You are registered</p>
        {new Date(event.endsAt) > new Date() && (
          <ActionButton
            label="Cancel registration"
            method="DELETE"
            url={registerUrl(event)}
            variant="outline"
          />
        )}
      </>
    )
  }
  if (refusal) return <p className="event-registration__closed">{refusal}</p>
  if (seatsLeft === 0)
    return <p className="event-registration__closed">This event is fully booked.</p>
  if (!signedIn) {
    return (
      <p>
        <NextLink href={`/admin/login?redirect=${encodeURIComponent(`/events/${event.slug}`)}`}>
          Sign in to register
        </NextLink>
      </p>
    )
  }
  return <ActionButton label="Register" url={registerUrl(event)} />
}

/** `/events/<slug>`: when (in the event's own time zone) and where, seats, registration and an .ics download. */
export function EventPage(props: Props) {
  const { event, registrations } = props
  return (
    <article className="event-page container" data-status={event.status}>
      <p className="lesson-page__crumbs">
        <NextLink href="/events">← All events</NextLink>
      </p>
      <header className="page-heading">
        <h1>{event.title}</h1>
        <p className="page-heading__meta">
          <time dateTime={event.startsAt}>{eventWhen(event)}</time>
        </p>
      </header>
      {event.status === 'cancelled' && (
        <p className="event-registration__closed">This event is cancelled.</p>
      )}
      {event.summary && <p className="course-page__summary">{event.summary}</p>}
      <dl className="event-page__facts">
        {event.location && (
          <>
            <dt>Where</dt>
            <dd>{event.location}</dd>
          </>
        )}
        {event.onlineUrl && (
          <>
            <dt>Online</dt>
            <dd>
              <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank">
                Join online
              </a>
            </dd>
          </>
        )}
        <dt>Seats</dt>
        <dd>
          <SeatsLeft capacity={event.capacity} registrations={registrations} />
        </dd>
      </dl>
      <div className="event-registration">
        <Registration {...props} />
      </div>
      <p>
        <a href={`/events.ics?event=${encodeURIComponent(event.slug)}`}>Add to calendar (.ics)</a>
      </p>
      {event.description && <RichText data={event.description} />}
    </article>
  )
}
