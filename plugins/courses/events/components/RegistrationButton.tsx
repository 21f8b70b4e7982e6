'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = { eventId: number; label: string; method: 'DELETE' | 'POST' }

/** Registers for an event (POST) or cancels the registration (DELETE), then reloads the page; the endpoint's refusal ("full") is shown as it is. */
export function RegistrationButton({ eventId, label, method }: Props) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = async () => {
    setBusy(true)
    setError(undefined)
    const response = await fetch(`/api/events/${eventId}/register`, { credentials: 'include', method })
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null
      setError(body?.errors?.[0]?.message ?? `The request failed (${response.status}).`)
    }
    router.refresh()
    setBusy(false)
  }
  return (
    <div className="event-registration__action">
      <button className={`button ${method === 'POST' ? 'button--default' : 'button--outline'}`} disabled={busy} onClick={run} type="button">
        {busy ? 'Saving…' : label}
      </button>
      {error && (
        <p className="event-registration__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
