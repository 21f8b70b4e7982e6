import { createWriteStream } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { PayloadRequest } from 'payload'

import type { Video } from '@/payload-types'
import { canModerateVideo } from '../access/canManageVideo'
import { sendVideoJob, type VideoJobPayloads } from '../jobs'
import { recordModeration } from '../moderation/recordModeration'
import { probeData } from '../probeData'
import { tierKey, videoPrefix } from '../storageKeys'
import { nsfwPrecheck, notConfigured } from '@/src/inference/nsfw'
import { probeVideo, VideoRejectedError } from '../media/probe'
import { stripMetadata, transcodeToHls } from '../media/transcode'
import { createWorkDir } from '../media/workDir'
import type { JobContext } from '@/src/queue/jobHandler'
import { getStorage, type ObjectStorage } from '@/src/storage'
import { failureReason, recordVideoFailure } from './recordVideoFailure'
import { updateLiveVideo, writeLiveVideo } from './updateLiveVideo'

/** Every file under `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

async function download(storage: ObjectStorage, key: string, to: string): Promise<void> {
  const object = await storage.get(key)
  if (!object) throw new Error(`The original (${key}) is missing from storage.`)
  await pipeline(object.body, createWriteStream(to))
}

/** What a run ends with: the video's status, or why there was nothing to do. */
export type ProcessResult = { skipped: string } | { status: Video['status'] }

/**
 * The pipeline of one upload, run by a worker: probe → metadata stripped from the master →
 * thumbnail, preview frames and the HLS ladder in one decode → pre-checks → `pending_review`
 * (or approved, for a moderator's own upload). Re-running it (a retry after a crash) replaces the
 * renditions, so a video never ends with two sets. A video deleted meanwhile stops the run at its
 * next progress write, and the run removes what it had stored.
 */
export async function processVideo(
  { folder, videoId }: VideoJobPayloads['video.process'],
  { job, payload, progress, signal }: Pick<JobContext, 'job' | 'payload' | 'progress' | 'signal'>,
): Promise<ProcessResult> {
  const storage = getStorage()
  const staging = videoPrefix('staging', folder)
  // By the job's own id, which the web process sent after its own access check; a job carries no request input.
  const find = () =>
    payload.findByID({
      id: videoId,
      collection: 'videos',
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
    })
  const video = await find()
  if (!video) {
    // The upload's transaction may not be committed yet (the job is sent from inside it): try again later.
    // If it never commits, the job dies and its dead-letter handler removes these files.
    if ((await storage.list(staging)).length)
      throw new Error(`Video ${videoId} is not visible yet; retrying.`)
    return { skipped: 'The video no longer exists.' }
  }
  if (video.status === 'approved' || video.status === 'rejected') return { status: video.status }

  const gone = () => new Error(`Video ${videoId} was deleted while it was processed.`)
  const update = async (data: Partial<Video>) => {
    if (!(await updateLiveVideo(payload, videoId, data))) throw gone()
  }
  // Aborted when a progress write finds the video gone: ffmpeg stops instead of finishing for nobody.
  const deleted = new AbortController()
  const stop = AbortSignal.any([signal, deleted.signal])
  // Groups are written whole: a partial group would clear the fields it leaves out.
  let processing: NonNullable<Video['processing']> = {
    ...video.processing,
    attempts: (video.processing?.attempts ?? 0) + 1,
    error: null,
    finishedAt: null,
    jobId: job.id,
    progress: 0,
    startedAt: new Date().toISOString(),
  }

  let lastWrite = 0
  // Progress writes are chained, and awaited before the final write, so a late one never overwrites it.
  let progressWrites = Promise.resolve()
  const report = (percent: number) => {
    progress(percent)
    const now = Date.now()
    if (now - lastWrite < 1000 && percent < 100) return
    lastWrite = now
    processing = { ...processing, progress: Math.round(percent) }
    const snapshot = processing
    // Never rejects: a failed write only tells whether the video is gone.
    progressWrites = progressWrites
      .then(() => updateLiveVideo(payload, videoId, { processing: snapshot }))
      .then((written) => void (written || deleted.abort(gone())))
      .catch(() => undefined)
  }

  const work = await createWorkDir(`video-${videoId}`)
  try {
    await update({ processing, status: 'processing' })
    const originalKey = video.storage?.original
    if (!originalKey) throw new Error('The video has no stored original.')
    const input = path.join(work, `source${path.extname(originalKey)}`)
    await download(storage, originalKey, input)
    const probe = await probeVideo(input)

    const out = path.join(work, 'out')
    const hls = await transcodeToHls({
      input,
      onProgress: (percent) => report(percent * 0.95),
      outDir: out,
      probe,
      signal: stop,
    })
    const master = path.join(work, `master${path.extname(originalKey)}`)
    await stripMetadata(input, master)

    // Replace, never add: a retry after a crash must not leave a second set of renditions.
    await storage.deletePrefix(tierKey('staging', 'videos', folder, 'hls'))
    for (const file of await filesUnder(out)) {
      stop.throwIfAborted()
      await storage.putFile(
        tierKey('staging', 'videos', folder, 'hls', ...file.split(path.sep)),
        path.join(out, file),
      )
    }
    await storage.putFile(originalKey, master)

    await progressWrites
    const prechecks = [
      await nsfwPrecheck(hls.previews.map((file) => path.join(out, file))),
      notConfigured('speech', 'No speech model is configured: nothing listens to the audio.'),
      notConfigured('text', 'No text-recognition model is configured: on-screen text is not read.'),
    ]
    // The uploader the video names (a system field), read only to decide whether review is skipped.
    const uploader = video.uploader
      ? await payload.findByID({
          id: video.uploader as number,
          collection: 'users',
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
        })
      : null
    const skipReview =
      Boolean(
        (payload.config.custom?.video as { moderatorsSkipReview?: boolean } | undefined)
          ?.moderatorsSkipReview,
      ) && canModerateVideo(uploader, video)
    const status = skipReview ? 'approved' : 'pending_review'
    const finished: Partial<Video> = {
      prechecks,
      previews: hls.previews.map((file) => ({ file: `hls/${file}` })),
      probe: probeData(probe),
      processing: {
        ...processing,
        error: null,
        finishedAt: new Date().toISOString(),
        progress: 100,
      },
      renditions: hls.renditions.map(({ bandwidth, height, playlist, width }) => ({
        bandwidth,
        height,
        playlist: `hls/${playlist}`,
        width,
      })),
      thumbnail: `hls/${hls.thumbnail}`,
    }
    if (skipReview) {
      // This worker's decision on the job's own video, logged in the same write as a moderator's would be.
      const approve = (req: PayloadRequest) =>
        recordModeration(req, video, {
          action: 'auto-approve',
          data: finished,
          from: 'processing',
          moderator: uploader?.id,
          notes: 'Uploaded by a moderator of the site.',
          to: status,
        })
      if (!(await writeLiveVideo(payload, videoId, approve))) throw gone()
      await sendVideoJob('video.publish', { site: video.site, videoId })
    } else await update({ ...finished, status })
    return { status }
  } catch (error) {
    await progressWrites
    // Deleted meanwhile: its delete hook removed the files it saw, not the ones this run stored since.
    if (!(await find())) {
      await storage.deletePrefix(staging)
      return { skipped: 'The video was deleted while it was processed; its files were removed.' }
    }
    // A cancelled or interrupted job goes back to the queue as it is; the next attempt starts over.
    if (signal.aborted) throw error
    await recordVideoFailure(
      payload,
      videoId,
      error instanceof VideoRejectedError ? error.reason : failureReason(error),
    )
    // A file that ffprobe rejects will not get better: fail for good. Anything else is retried,
    // and once the retries are spent `failDeadVideo` has the last word.
    if (error instanceof VideoRejectedError) return { status: 'failed' }
    throw error
  } finally {
    await rm(work, { force: true, recursive: true })
  }
}
