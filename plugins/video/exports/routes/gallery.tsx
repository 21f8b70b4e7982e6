import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { hostOrigin } from '@/src/site/hosts/hostOrigin'
import { requireSiteFeature } from '@/src/site/requireSiteFeature'
import { queryGalleryVideos } from '../../components/queries/queryGalleryVideos'
import { queryVideoTags } from '../../components/queries/queryVideoTags'
import { VideoGallery } from '../../components/VideoGallery'
import { galleryPath } from '../../components/watchPath'
import { VIDEO_FEATURE } from '../../roles'

const PER_PAGE = 12

type Props = {
  params: Promise<{ host: string }>
  searchParams: Promise<{ page?: string | string[]; tag?: string | string[] }>
}

/** `?page=` (a whole number from 1) and `?tag=`; anything else in them is a 404, not a guess. */
async function filterOf(
  searchParams: Props['searchParams'],
): Promise<{ page: number; tag?: string }> {
  const { page = '1', tag } = await searchParams
  if (
    typeof page !== 'string' ||
    !/^[1-9]\d{0,5}$/.test(page) ||
    Array.isArray(tag) ||
    (tag !== undefined && (!tag || tag.length > 100))
  )
    notFound()
  return { page: Number(page), tag }
}

export default async function VideosRoute({ params, searchParams }: Props) {
  const { site } = await requireSiteFeature(params, VIDEO_FEATURE)
  const { page, tag } = await filterOf(searchParams)
  const [result, tags] = await Promise.all([
    queryGalleryVideos({ limit: PER_PAGE, page, siteId: site.id, tag }),
    queryVideoTags(site.id),
  ])
  if (page > 1 && page > result.totalPages) notFound()
  return <VideoGallery result={result} tag={tag} tags={tags} />
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { host, site } = await requireSiteFeature(params, VIDEO_FEATURE)
  const { page, tag } = await filterOf(searchParams)
  return {
    alternates: { canonical: `${hostOrigin(host)}${galleryPath({ page, tag })}` },
    description: `Videos from ${site.name}.`,
    title: [tag ? `Videos tagged “${tag}”` : 'Videos', page > 1 ? `page ${page}` : '']
      .filter(Boolean)
      .join(', '),
  }
}
