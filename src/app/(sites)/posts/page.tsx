import type { Metadata } from 'next'

import { PostsArchive } from '../../../site/components/PostsArchive'
import { queryPosts } from '../../../site/queries/queryPosts'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  alternates: { canonical: '/posts' },
  description: 'Notes on film, photography and running a creative business.',
  title: 'Posts | Prism',
}

export default async function PostsRoute() {
  return <PostsArchive result={await queryPosts(1)} />
}
