import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import '../globals.css'

export const metadata: Metadata = {
  description: 'Every site this Prism instance serves.',
  title: 'Prism sites',
}

/** The frame of the index of sites: Prism's own colours, no site's navigation. */
export default function SiteIndexLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  )
}
