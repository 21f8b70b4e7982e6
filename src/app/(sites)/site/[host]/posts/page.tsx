import type { Metadata } from 'next'

import { PostsArchive } from '@/src/site/components/PostsArchive'
import { hostOrigin } from '@/src/site/hosts/hostOrigin'
import { queryPosts } from '@/src/site/queries/queryPosts'
import { requireSite } from '@/src/site/requireSite'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ host: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, site } = await requireSite(params)
  return {
    alternates: { canonical: `${hostOrigin(host)}/posts` },
    description: `Posts from ${site.name}.`,
    title: 'Posts',
  }
}

export default async function PostsRoute({ params }: Props) {
  const { site } = await requireSite(params)
  return <PostsArchive result={await queryPosts(site.id, 1)} />
}
