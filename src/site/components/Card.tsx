import type { Post } from '@payload-types'
import NextLink from 'next/link'

import { publicPath } from '../previewPath'
import { Media } from './Media'

type Props = {
  /** The level that fits under the heading of the list the card is in. */
  headingLevel?: 2 | 3
  preload?: boolean
  post: Pick<Post, 'categories' | 'heroImage' | 'meta' | 'slug' | 'title'>
}

/** A post teaser. The title's link stretches over the whole card, so there is one link per card. */
export function Card({ headingLevel = 3, post, preload }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const image = post.meta?.image && typeof post.meta.image === 'object' ? post.meta.image : post.heroImage
  const categories = (post.categories ?? []).flatMap((category) => (typeof category === 'object' ? [category.title] : []))
  return (
    <article className="card">
      <div className="card__media">
        <Media preload={preload} resource={image} sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw" />
      </div>
      <div className="card__body">
        {categories.length > 0 && (
          <p className="card__categories">
            <span className="visually-hidden">Categories: </span>
            {categories.join(', ')}
          </p>
        )}
        <Heading className="card__title">
          <NextLink className="card__link" href={publicPath('posts', post.slug)}>
            {post.title}
          </NextLink>
        </Heading>
        {post.meta?.description && <p className="card__description">{post.meta.description}</p>}
      </div>
    </article>
  )
}
