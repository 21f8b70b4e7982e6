import type { Event } from '@payload-types'

import { seatsLeft } from '../registrationRules'

/** "3 registered · 9 of 12 seats left", "Fully booked", or only the registrations for an event without a limit. */
export function SeatsLeft({
  capacity,
  registrations,
}: {
  capacity: Event['capacity']
  registrations: number
}) {
  const left = seatsLeft(capacity, registrations)
  return (
    <p
      className="event-seats"
      data-registrations={registrations}
      data-seats-left={left ?? undefined}
    >
      {registrations} registered
      {left !== null && (
        <>
          {' '}
          ·{' '}
          {left === 0 ? (
            <strong>Fully booked</strong>
          ) : (
            `${left} of ${capacity} ${capacity === 1 ? 'seat' : 'seats'} left`
          )}
        </>
      )}
    </p>
  )
}
