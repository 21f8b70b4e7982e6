'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = {
  label: string
  method?: 'DELETE' | 'POST'
  url: string
  variant?: 'default' | 'outline'
}

/**
 * A button that calls a course or event endpoint and refreshes the page. The endpoint's
 * error message is shown as it is, and the page is refreshed after a refusal too, because
 * the refusal ("full", "already enrolled") usually means what the page shows is stale.
 */
export function ActionButton({ label, method = 'POST', url, variant = 'default' }: Props) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = async () => {
    setBusy(true)
    setError(undefined)
    const response = await fetch(url, { credentials: 'include', method })
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as {
        errors?: { message: string }[]
      } | null
      setError(body?.errors?.[0]?.message ?? `The request failed (${response.status}).`)
    }
    router.refresh()
    setBusy(false)
  }
  return (
    <div className="course-action">
      <button className={`button button--${variant}`} disabled={busy} onClick={run} type="button">
        {busy ? 'Saving…' : label}
      </button>
      {error && (
        <p className="course-action__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
