import type { PayloadRequest, Where } from 'payload'

import type { Video, VideoComment } from '@/payload-types'
import { idOf } from '../../sites'
import { precheckResults } from './precheckResults'
import type { QueueComment, QueueVideo } from './queueTypes'

const PAGE = 50

export type ModerationQueueData = {
  comments: QueueComment[]
  totalComments: number
  totalVideos: number
  videos: QueueVideo[]
}

/**
 * What waits for the moderators of `sites` (`'all'` for global writers), oldest first: videos
 * pending review and comments pending approval, read with the user's own access (and the
 * request's site scope). Uploader names and site names are looked up for display only.
 */
export async function loadModerationQueue(
  req: PayloadRequest,
  sites: 'all' | number[],
): Promise<ModerationQueueData> {
  const { payload, user } = req
  const onSites: Where = sites === 'all' ? {} : { site: { in: sites } }
  const read = {
    depth: 0,
    limit: PAGE,
    overrideAccess: false,
    req,
    sort: 'createdAt',
    user,
  } as const
  const [videos, comments] = await Promise.all([
    payload.find({
      ...read,
      collection: 'videos',
      where: { and: [{ status: { equals: 'pending_review' } }, onSites] },
    }),
    payload.find({
      ...read,
      collection: 'video-comments',
      where: { and: [{ status: { equals: 'pending' } }, onSites] },
    }),
  ])

  const ids = (values: unknown[]) => [
    ...new Set(values.map(idOf).filter((id): id is number => id !== undefined)),
  ]
  const siteIds = ids([...videos.docs, ...comments.docs].map((doc) => doc.site))
  const uploaderIds = ids(videos.docs.map((doc) => doc.uploader))
  const commentedIds = ids(comments.docs.map((doc) => doc.video))
  const [siteDocs, uploaders, commented] = await Promise.all([
    siteIds.length
      ? payload
          .find({
            ...read,
            collection: 'sites',
            select: { name: true },
            sort: 'name',
            where: { id: { in: siteIds } },
          })
          .then((r) => r.docs)
      : [],
    uploaderIds.length
      ? // Moderators may not read other users' accounts but need to know who uploaded: the ids are
        // the uploaders of the videos read above with the moderator's own access; name and email only.
        payload
          .find({
            collection: 'users',
            depth: 0,
            overrideAccess: true,
            pagination: false,
            select: { name: true, email: true },
            where: { id: { in: uploaderIds } },
          })
          .then((r) => r.docs)
      : [],
    commentedIds.length
      ? payload
          .find({
            ...read,
            collection: 'videos',
            pagination: false,
            select: { title: true },
            where: { id: { in: commentedIds } },
          })
          .then((r) => r.docs)
      : [],
  ])
  const siteOf = (value: unknown) => {
    const id = idOf(value) ?? 0
    return { id, name: siteDocs.find((site) => site.id === id)?.name ?? `Site ${id}` }
  }

  const toVideo = (video: Video): QueueVideo => {
    const uploader = uploaders.find((user) => user.id === idOf(video.uploader))
    return {
      id: video.id,
      description: video.description ?? null,
      filesize: video.filesize ?? null,
      prechecks: precheckResults(video.prechecks),
      previews: (video.previews ?? []).map(({ file }, index) => ({
        file: file.split('/').pop() ?? file,
        n: index + 1,
      })),
      probe: {
        audioCodec: video.probe?.audioCodec ?? null,
        container: video.probe?.container ?? null,
        durationSeconds: video.probe?.durationSeconds ?? null,
        height: video.probe?.height ?? null,
        videoCodec: video.probe?.videoCodec ?? null,
        width: video.probe?.width ?? null,
      },
      site: siteOf(video.site),
      title: video.title,
      uploadedAt: video.createdAt,
      uploader: uploader ? { name: uploader.name || null, email: uploader.email } : null,
      visibility: video.visibility,
    }
  }
  const toComment = (comment: VideoComment): QueueComment => {
    const videoId = idOf(comment.video) ?? 0
    return {
      id: comment.id,
      authorName: comment.authorName,
      body: comment.body,
      createdAt: comment.createdAt,
      site: siteOf(comment.site),
      video: {
        id: videoId,
        title: commented.find((video) => video.id === videoId)?.title ?? `Video ${videoId}`,
      },
    }
  }
  return {
    comments: comments.docs.map(toComment),
    totalComments: comments.totalDocs,
    totalVideos: videos.totalDocs,
    videos: videos.docs.map(toVideo),
  }
}
