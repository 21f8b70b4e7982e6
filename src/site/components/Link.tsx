import NextLink from 'next/link'
import type { ReactNode } from 'react'

import { type LinkData, linkHref } from './linkHref'

type Props = {
  /** Draws the link as a button in the style the editor chose; a text link when absent. */
  appearance?: LinkData['appearance']
  children?: ReactNode
  className?: string
  link: LinkData
}

/** A CMS link field as an anchor; renders nothing when its target document is gone. */
export function Link({ appearance, children, className, link }: Props) {
  const href = linkHref(link)
  if (!href) return null
  const classes = [appearance ? `button button--${appearance}` : null, className]
    .filter(Boolean)
    .join(' ')
  const external = /^[a-z][a-z\d+.-]*:/i.test(href)
  const newTab = link.newTab ? { rel: 'noopener noreferrer', target: '_blank' } : {}
  const content = (
    <>
      {children ?? link.label}
      {link.newTab && <span className="visually-hidden"> (opens in a new tab)</span>}
    </>
  )
  if (external) {
    return (
      <a className={classes || undefined} href={href} {...newTab}>
        {content}
      </a>
    )
  }
  return (
    <NextLink className={classes || undefined} href={href} {...newTab}>
      {content}
    </NextLink>
  )
}
