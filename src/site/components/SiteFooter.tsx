import type { Site } from '@payload-types'

import { Link } from './Link'

type Props = { site: Pick<Site, 'footerNav' | 'footerNote'> | null }

/** The site's footer links (`footerNav`) and its note, such as a copyright line. */
export function SiteFooter({ site }: Props) {
  const items = site?.footerNav ?? []
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        {items.length > 0 && (
          <nav aria-label="Footer" className="site-footer__nav">
            <ul>
              {items.map(({ id, link }, index) => (
                <li key={id ?? index}>
                  <Link link={link} />
                </li>
              ))}
            </ul>
          </nav>
        )}
        {site?.footerNote && <p className="site-footer__note">{site.footerNote}</p>}
      </div>
    </footer>
  )
}
