'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = { action: 'complete' | 'enroll'; label: string; url: string }

/** A button that POSTs to a course endpoint and refreshes the page; the endpoint's error message is shown as it is. */
export function CourseAction({ action, label, url }: Props) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = async () => {
    setBusy(true)
    setError(undefined)
    const response = await fetch(url, { credentials: 'include', method: 'POST' })
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null
      setError(body?.errors?.[0]?.message ?? `The request failed (${response.status}).`)
      setBusy(false)
      return
    }
    router.refresh()
    setBusy(false)
  }
  return (
    <div className="course-action" data-action={action}>
      <button className="button button--default" disabled={busy} onClick={run} type="button">
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
