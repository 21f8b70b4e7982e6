import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { DraftBanner } from '@/src/site/components/DraftBanner'
import { SiteFooter } from '@/src/site/components/SiteFooter'
import { SiteHeader } from '@/src/site/components/SiteHeader'
import { hostOrigin } from '@/src/site/hosts/hostOrigin'
import { querySite } from '@/src/site/queries/querySite'
import { safeTheme } from '@/src/site/theme/safeTheme'
import { themeStyle } from '@/src/site/theme/themeStyle'
import '../../globals.css'

type Props = { children: ReactNode; params: Promise<{ host: string }> }

/** No host is known at build time: each is rendered on its first request, then cached per host. */
export const generateStaticParams = (): { host: string }[] => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host } = await params
  const site = await querySite(host)
  return {
    description: site?.description || undefined,
    metadataBase: new URL(hostOrigin(host)),
    title: site ? { default: site.name, template: `%s | ${site.name}` } : 'Site not found',
  }
}

/**
 * The frame of every page of one site: its theme as CSS custom properties (made WCAG AA-safe), its
 * header and footer navigation. A host of no site gets Prism's neutral frame around the 404 page
 * that its route answers with.
 */
export default async function SiteLayout({ children, params }: Props) {
  const { host } = await params
  const site = await querySite(host)
  return (
    <html lang={site?.defaultLocale ?? 'en'} style={themeStyle(safeTheme(site?.theme))}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <DraftBanner />
        <SiteHeader site={site} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  )
}
