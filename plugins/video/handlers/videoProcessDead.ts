import type { Video } from '@/payload-types'
import type { VideoJobPayloads } from '../jobs'
import { videoPrefix } from '../storageKeys'
import type { DeadJobContext } from '@/src/queue/jobHandler'
import { getStorage } from '@/src/storage'
import { recordVideoFailure } from './recordVideoFailure'

/** Statuses a processing job may leave behind when it dies; anything else was decided since. */
const unfinished = new Set<Video['status']>(['failed', 'processing', 'uploaded'])

/**
 * `video.process` exhausted its retries (its handler threw every time, or its worker was killed on
 * the last attempt): the video becomes `failed` with the reason, so its uploader sees why and can
 * retry, and a video that no longer exists loses its staging files.
 */
export async function failDeadVideo(
  { folder, videoId }: VideoJobPayloads['video.process'],
  { job, payload, reason }: Pick<DeadJobContext, 'job' | 'payload' | 'reason'>,
): Promise<{ outcome: string }> {
  const video = await payload.db.findOne<Video>({
    collection: 'videos',
    where: { id: { equals: videoId } },
  })
  if (!video) {
    await getStorage().deletePrefix(videoPrefix('staging', folder))
    return { outcome: 'The video no longer exists; its staging files were removed.' }
  }
  if (!unfinished.has(video.status)) return { outcome: `Left alone: the video is ${video.status}.` }
  // A Retry sent a newer job, which owns the video now.
  const owner = video.processing?.jobId
  if (owner && owner !== job.id)
    return { outcome: `Left alone: job ${owner} processes the video now.` }
  // The handler recorded its own, more precise reason before it gave up.
  if (video.status === 'failed' && video.processing?.error)
    return { outcome: `Already failed: ${video.processing.error}` }
  await recordVideoFailure(payload, videoId, reason)
  return { outcome: `Failed: ${reason}` }
}
