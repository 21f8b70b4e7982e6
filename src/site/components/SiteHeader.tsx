import NextLink from 'next/link'

import { queryHeader } from '../queries/queryHeader'
import { linkHref } from './linkHref'
import { NavLink } from './NavLink'

export async function SiteHeader() {
  const { navItems } = await queryHeader()
  const items = (navItems ?? []).flatMap(({ id, link }) => {
    const href = linkHref(link)
    return href ? [{ href, id, label: link.label, newTab: link.newTab }] : []
  })
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <NextLink className="site-header__brand" href="/">
          Prism
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
