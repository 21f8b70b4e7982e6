import { type DataOf, defineJob } from '../../src/queue/defineJob'
import { createSender } from '../../src/queue/sender'
import type { VideoStatus } from './statuses'

/** The jobs the video plugin sends; the workers run them with `./handlers`. Dead-letter queues and heartbeats come by default. */
export const videoJobs = {
  /** Probe, strip metadata, thumbnail + previews, HLS ladder in one decode, pre-checks → pending_review. */
  'video.process': defineJob<
    { folder: string; videoId: number },
    { skipped: string } | { status: VideoStatus }
  >({
    expireInSeconds: 60 * 60,
    retryBackoff: true,
    retryDelay: 5,
    retryLimit: 3,
  }),
  /** An approved video's master moves to the archive tier and its renditions to delivery. */
  'video.publish': defineJob<{ videoId: number }, { moved: number } | { skipped: string }>({
    expireInSeconds: 15 * 60,
    retryBackoff: true,
    retryDelay: 5,
    retryLimit: 5,
  }),
  /** Deletes the files of videos rejected longer ago than VIDEO_REJECTED_RETENTION_DAYS. */
  'video.purge': defineJob<object, { purged: number }>({
    expireInSeconds: 15 * 60,
    retryLimit: 1,
    schedule: '17 * * * *',
  }),
  /** Removes orphans older than ORPHAN_MAX_AGE_HOURS: upload temp files, pipeline work directories, stored files of deleted videos. */
  'video.sweep': defineJob<
    object,
    { storageFolders: number; uploadTempFiles: number; workDirs: number }
  >({ expireInSeconds: 15 * 60, retryLimit: 1, schedule: '47 * * * *' }),
}

export type VideoJobs = typeof videoJobs

export type VideoJobPayloads = { [Name in keyof VideoJobs]: DataOf<VideoJobs[Name]> }

/** `sendVideoJob('video.process', { videoId, folder })`, type-checked against the declarations above. */
export const sendVideoJob = createSender(videoJobs)
