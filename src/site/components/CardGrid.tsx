import type { Post } from '@payload-types'

import { PostCard } from './PostCard'

type Props = {
  headingLevel?: 2 | 3
  /** For a grid at the top of the page, whose first image is the largest thing in view. */
  preloadFirst?: boolean
  posts: Post[]
}

export function CardGrid({ headingLevel, posts, preloadFirst = false }: Props) {
  if (!posts.length) return <p className="empty">No posts yet.</p>
  return (
    <ul className="card-grid">
      {posts.map((post, index) => (
        <li key={post.id}>
          <PostCard headingLevel={headingLevel} post={post} preload={preloadFirst && index === 0} />
        </li>
      ))}
    </ul>
  )
}
