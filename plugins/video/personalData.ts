import type { PayloadRequest } from 'payload'

import { type PersonalDataSource, requireAll } from '../account'

// Every query here runs with full rights: its only condition is the id of the user whose account is
// exported or deleted (or the ids of that user's own videos), so no request input widens it.
const all = { depth: 0, overrideAccess: true, pagination: false } as const

const ownVideoIds = async (req: PayloadRequest, userId: number) =>
  (
    await req.payload.find({
      ...all,
      collection: 'videos',
      req,
      select: { title: true },
      where: { uploader: { equals: userId } },
    })
  ).docs.map((video) => video.id)

/**
 * What the video plugin holds about a person. Erasure deletes what is theirs (their kids' profiles,
 * their uploads with everything attached to them, their comments and share links) and anonymises
 * what others rely on: views stay for the videos' totals, and moderation decisions they took stay in
 * the log and on the videos, without their name.
 */
export const videoPersonalData: PersonalDataSource = {
  name: 'video',
  collections: [
    'kids',
    'videos',
    'video-comments',
    'video-shares',
    'video-views',
    'moderation-log',
  ],
  erase: async (req, userId) => {
    const { payload } = req
    const videos = await ownVideoIds(req, userId)
    if (videos.length) {
      const onOwnVideos = { video: { in: videos } }
      for (const collection of [
        'moderation-log',
        'video-comments',
        'video-shares',
        'video-views',
      ] as const) {
        await requireAll(
          collection,
          payload.delete({ collection, overrideAccess: true, req, where: onOwnVideos }),
        )
      }
      // Their files go with them (`deleteVideoFiles`, after each row's delete).
      await requireAll(
        'videos',
        payload.delete({
          collection: 'videos',
          overrideAccess: true,
          req,
          where: { id: { in: videos } },
        }),
      )
    }
    await requireAll(
      'kids',
      payload.delete({
        collection: 'kids',
        overrideAccess: true,
        req,
        where: { parent: { equals: userId } },
      }),
    )
    await requireAll(
      'video-comments',
      payload.delete({
        collection: 'video-comments',
        overrideAccess: true,
        req,
        where: { author: { equals: userId } },
      }),
    )
    await requireAll(
      'video-shares',
      payload.delete({
        collection: 'video-shares',
        overrideAccess: true,
        req,
        where: { createdBy: { equals: userId } },
      }),
    )
    await requireAll(
      'video-views',
      payload.update({
        collection: 'video-views',
        data: { viewer: null },
        overrideAccess: true,
        req,
        where: { viewer: { equals: userId } },
      }),
    )
    await requireAll(
      'moderation-log',
      payload.update({
        collection: 'moderation-log',
        data: { moderator: null },
        overrideAccess: true,
        req,
        where: { moderator: { equals: userId } },
      }),
    )
    await requireAll(
      'videos',
      payload.update({
        collection: 'videos',
        data: { moderation: { moderatedBy: null } },
        overrideAccess: true,
        req,
        where: { 'moderation.moderatedBy': { equals: userId } },
      }),
    )
  },
  export: async (req, userId) => {
    const { payload } = req
    const [kids, videos, comments, shares, views, decisions] = await Promise.all([
      payload.find({
        ...all,
        collection: 'kids',
        req,
        select: { name: true, birthYear: true, site: true },
        where: { parent: { equals: userId } },
      }),
      payload.find({
        ...all,
        collection: 'videos',
        req,
        select: {
          createdAt: true,
          description: true,
          kid: true,
          site: true,
          status: true,
          tags: true,
          title: true,
          visibility: true,
        },
        where: { uploader: { equals: userId } },
      }),
      payload.find({
        ...all,
        collection: 'video-comments',
        req,
        select: { authorName: true, body: true, createdAt: true, status: true, video: true },
        where: { author: { equals: userId } },
      }),
      // The link's token is a secret of the link, not data about the person.
      payload.find({
        ...all,
        collection: 'video-shares',
        req,
        select: { expiresAt: true, label: true, revoked: true, video: true },
        where: { createdBy: { equals: userId } },
      }),
      payload.find({
        ...all,
        collection: 'video-views',
        req,
        select: { createdAt: true, lastPosition: true, video: true, watchedSeconds: true },
        where: { viewer: { equals: userId } },
      }),
      payload.find({
        ...all,
        collection: 'moderation-log',
        req,
        select: { action: true, createdAt: true, notes: true, video: true },
        where: { moderator: { equals: userId } },
      }),
    ])
    return {
      comments: comments.docs,
      kids: kids.docs,
      moderationDecisions: decisions.docs,
      shares: shares.docs,
      videos: videos.docs,
      views: views.docs,
    }
  },
}
