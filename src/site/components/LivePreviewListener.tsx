'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

/**
 * Re-renders the route when the admin saves a draft. The admin is served from this same origin,
 * which is only known in the browser (the site may be reached under several host names).
 */
export function LivePreviewListener() {
  const router = useRouter()
  const [origin, setOrigin] = useState<null | string>(null)
  useEffect(() => setOrigin(window.location.origin), [])
  if (!origin) return null
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} />
}
