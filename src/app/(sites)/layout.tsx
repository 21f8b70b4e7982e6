import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { env } from '../../env'
import { DraftBanner } from '../../site/components/DraftBanner'
import { SiteFooter } from '../../site/components/SiteFooter'
import { SiteHeader } from '../../site/components/SiteHeader'
import './globals.css'

/** A function, not a constant, so SERVER_URL is read when pages render rather than at build time. */
export function generateMetadata(): Metadata {
  return { metadataBase: new URL(env.serverUrl), title: 'Prism' }
}

export default function SitesLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <DraftBanner />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
