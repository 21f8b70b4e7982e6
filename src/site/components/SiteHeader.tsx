import type { Site } from '@payload-types'
import NextLink from 'next/link'

import { linkHref } from './linkHref'
import { mediaSrc } from './mediaSrc'
import { NavLink } from './NavLink'

type Props = { site: Pick<Site, 'headerNav' | 'name' | 'theme'> | null }

/** The site's logo and name, linking home, and its main navigation (the site's `headerNav`). */
export function SiteHeader({ site }: Props) {
  const items = (site?.headerNav ?? []).flatMap(({ id, link }) => {
    const href = linkHref(link)
    return href ? [{ id, href, label: link.label, newTab: link.newTab }] : []
  })
  const logo = typeof site?.theme?.logo === 'object' ? site.theme.logo : null
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <NextLink className="site-header__brand" href="/">
          {/* The name follows as text, so the logo itself is decorative. */}
          {logo?.url && (
            <img alt="" className="site-header__logo" height={32} src={mediaSrc(logo.url).src} />
          )}
          {site?.name ?? 'Prism'}
        </NextLink>
        {items.length > 0 && (
          <nav aria-label="Main" className="site-nav">
            <ul>
              {items.map((item, index) => (
                <li key={item.id ?? index}>
                  <NavLink href={item.href} label={item.label} newTab={item.newTab} />
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  )
}
