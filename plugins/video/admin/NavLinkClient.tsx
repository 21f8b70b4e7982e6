'use client'
import { Link } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

type Props = { count: number; href: string; label: string }

/** A link in Payload's nav markup (`nav__link`), marked current on its own page like the collection links. */
export function NavLinkClient({ count, href, label }: Props) {
  const pathname = usePathname()
  const current = pathname === href
  const content = (
    <>
      {current && <div className="nav__link-indicator" />}
      <span className="nav__link-label">
        {label}
        {count > 0 && (
          <span className="moderation-nav-count">
            {' '}
            <span aria-hidden="true">{count}</span>
            <span className="moderation-sr-only">({count} waiting)</span>
          </span>
        )}
      </span>
    </>
  )
  return current ? (
    <div aria-current="page" className="nav__link" id="nav-moderation">
      {content}
    </div>
  ) : (
    <Link className="nav__link" href={href} id="nav-moderation" prefetch={false}>
      {content}
    </Link>
  )
}
