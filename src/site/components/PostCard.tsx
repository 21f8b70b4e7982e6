import type { Post } from '@payload-types'

import { publicPath } from '../previewPath'
import { Card, cardImageSizes } from './Card'
import { Media } from './Media'
import { PostCategories } from './PostCategories'

type Props = {
  headingLevel?: 2 | 3
  preload?: boolean
  post: Pick<Post, 'categories' | 'heroImage' | 'meta' | 'slug' | 'title'>
}

/** A post teaser: its share image (else its hero image), categories, title and description. */
export function PostCard({ headingLevel, post, preload }: Props) {
  const image =
    post.meta?.image && typeof post.meta.image === 'object' ? post.meta.image : post.heroImage
  return (
    <Card
      eyebrow={<PostCategories categories={post.categories} className="card__categories" />}
      headingLevel={headingLevel}
      href={publicPath('posts', post.slug)}
      media={
        image && typeof image === 'object' ? (
          <Media preload={preload} resource={image} sizes={cardImageSizes} />
        ) : null
      }
      title={post.title}
    >
      {post.meta?.description && <p className="card__description">{post.meta.description}</p>}
    </Card>
  )
}
