'use client'

import NextLink from 'next/link'
import { usePathname } from 'next/navigation'

type Props = { href: string; label: string; newTab?: boolean | null }

/** A navigation entry that marks itself `aria-current="page"` on its own page and the pages below it. */
export function NavLink({ href, label, newTab }: Props) {
  const pathname = usePathname()
  const current = pathname === href || (href !== '/' && pathname.startsWith(`${href}/`))
  return (
    <NextLink
      aria-current={pathname === href ? 'page' : current ? 'true' : undefined}
      href={href}
      {...(newTab ? { rel: 'noopener noreferrer', target: '_blank' } : {})}
    >
      {label}
      {newTab && <span className="visually-hidden"> (opens in a new tab)</span>}
    </NextLink>
  )
}
