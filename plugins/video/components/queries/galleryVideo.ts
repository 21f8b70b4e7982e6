import type { Video } from '@payload-types'

/** What a gallery card shows of a video. Never the kid: children's names are not public. */
export type GalleryVideo = Pick<
  Video,
  'createdAt' | 'id' | 'requirePassword' | 'thumbnail' | 'title'
> & {
  probe?: Pick<NonNullable<Video['probe']>, 'durationSeconds'>
}

export const galleryVideoSelect = {
  createdAt: true,
  probe: { durationSeconds: true },
  requirePassword: true,
  thumbnail: true,
  title: true,
} as const
