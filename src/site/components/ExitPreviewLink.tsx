'use client'

import { usePathname } from 'next/navigation'

/** A plain anchor, not next/link: prefetching the route handler would end the preview by itself. */
export function ExitPreviewLink() {
  const pathname = usePathname()
  return (
    <a href={`/next/exit-preview?${new URLSearchParams({ path: pathname }).toString()}`}>
      Exit preview
    </a>
  )
}
