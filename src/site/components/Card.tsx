import NextLink from 'next/link'
import type { ReactNode } from 'react'

/** How wide a card's picture is drawn in the site's card grid, for an image's `sizes`. */
export const cardImageSizes = '(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw'

type Props = {
  /** Below the title: summary, facts, badges. */
  children?: ReactNode
  /** What kind of card, beside `card` (`course-card`, `video-card`): the hook for its own styles. */
  className?: string
  /** Above the title, e.g. a post's categories. */
  eyebrow?: ReactNode
  /** The level that fits under the heading of the list the card is in. */
  headingLevel?: 2 | 3
  href: string
  /** The picture, or a `card__placeholder` panel; without it the card has no picture area. */
  media?: ReactNode
  title: string
}

/**
 * A teaser of a post, course or video. The title's link stretches over the whole card, so a card is
 * one link and one tab stop.
 */
export function Card({
  children,
  className,
  eyebrow,
  headingLevel = 3,
  href,
  media,
  title,
}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className={className ? `card ${className}` : 'card'}>
      {media && <div className="card__media">{media}</div>}
      <div className="card__body">
        {eyebrow}
        <Heading className="card__title">
          <NextLink className="card__link" href={href}>
            {title}
          </NextLink>
        </Heading>
        {children}
      </div>
    </article>
  )
}
