import { createWriteStream } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type { Video } from '../../payload-types'
import { canModerateVideo } from '../../plugins/video/access/canManageVideo'
import { sendVideoJob, type VideoJobPayloads } from '../../plugins/video/jobs'
import { probeData } from '../../plugins/video/probeData'
import { videoPrefix } from '../../plugins/video/storageKeys'
import { nsfwPrecheck, notConfigured } from '../../src/inference/nsfw'
import { probeVideo, VideoRejectedError } from '../../src/media/probe'
import { stripMetadata, transcodeToHls } from '../../src/media/transcode'
import type { JobContext } from '../../src/queue/jobHandler'
import { getStorage, type ObjectStorage, tierKey } from '../../src/storage'

/** Every file under `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

async function download(storage: ObjectStorage, key: string, to: string): Promise<void> {
  const object = await storage.get(key)
  if (!object) throw new Error(`The original (${key}) is missing from storage.`)
  await pipeline(object.body, createWriteStream(to))
}

/**
 * The pipeline of one upload, run by a worker: probe → metadata stripped from the master →
 * thumbnail, preview frames and the HLS ladder in one decode → pre-checks → `pending_review`
 * (or approved, for a moderator's own upload). Re-running it (a retry after a crash) replaces the
 * renditions, so a video never ends with two sets.
 */
export async function processVideo({ folder, videoId }: VideoJobPayloads['video.process'], { job, payload, progress, signal }: Pick<JobContext, 'job' | 'payload' | 'progress' | 'signal'>): Promise<{ status: Video['status'] }> {
  const storage = getStorage()
  const staging = videoPrefix('staging', folder)
  const video = await payload.findByID({ collection: 'videos', depth: 0, disableErrors: true, id: videoId, overrideAccess: true })
  if (!video) {
    // The upload's transaction may not be committed yet (the job is sent from inside it): try again later.
    if ((await storage.list(staging)).length) throw new Error(`Video ${videoId} is not visible yet; retrying.`)
    return { status: 'failed' }
  }
  if (video.status === 'approved' || video.status === 'rejected') return { status: video.status }

  const update = (data: Partial<Video>) => payload.update({ collection: 'videos', context: { disableRevalidate: true }, data, depth: 0, id: videoId, overrideAccess: true })
  // Groups are written whole: a partial group would clear the fields it leaves out.
  let processing: NonNullable<Video['processing']> = { ...video.processing, attempts: (video.processing?.attempts ?? 0) + 1, error: null, jobId: job.id, finishedAt: null, progress: 0, startedAt: new Date().toISOString() }
  await update({ processing, status: 'processing' })

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
    progressWrites = progressWrites.then(() => update({ processing: snapshot })).then(() => undefined, () => undefined)
  }

  const work = await mkdtemp(path.join(os.tmpdir(), `prism-video-${videoId}-`))
  try {
    const originalKey = video.storage?.original
    if (!originalKey) throw new Error('The video has no stored original.')
    const input = path.join(work, `source${path.extname(originalKey)}`)
    await download(storage, originalKey, input)
    const probe = await probeVideo(input)

    const out = path.join(work, 'out')
    const hls = await transcodeToHls({ input, onProgress: (percent) => report(percent * 0.95), outDir: out, probe, signal })
    const master = path.join(work, `master${path.extname(originalKey)}`)
    await stripMetadata(input, master)

    // Replace, never add: a retry after a crash must not leave a second set of renditions.
    await storage.deletePrefix(tierKey('staging', 'videos', folder, 'hls'))
    for (const file of await filesUnder(out)) {
      signal.throwIfAborted()
      await storage.putFile(tierKey('staging', 'videos', folder, 'hls', ...file.split(path.sep)), path.join(out, file))
    }
    await storage.putFile(originalKey, master)

    await progressWrites
    const prechecks = [
      await nsfwPrecheck(hls.previews.map((file) => path.join(out, file))),
      notConfigured('speech', 'No speech model is configured: nothing listens to the audio.'),
      notConfigured('text', 'No text-recognition model is configured: on-screen text is not read.'),
    ]
    const uploader = video.uploader ? await payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id: video.uploader as number, overrideAccess: true }) : null
    const skipReview = Boolean((payload.config.custom?.video as { moderatorsSkipReview?: boolean } | undefined)?.moderatorsSkipReview) && canModerateVideo(uploader, video)
    const status = skipReview ? 'approved' : 'pending_review'
    await update({
      prechecks,
      previews: hls.previews.map((file) => ({ file: `hls/${file}` })),
      probe: probeData(probe),
      processing: { ...processing, error: null, finishedAt: new Date().toISOString(), progress: 100 },
      renditions: hls.renditions.map(({ bandwidth, height, playlist, width }) => ({ bandwidth, height, playlist: `hls/${playlist}`, width })),
      status,
      thumbnail: `hls/${hls.thumbnail}`,
    })
    if (skipReview) {
      await payload.create({ collection: 'moderation-log', data: { action: 'auto-approve', fromStatus: 'processing', moderator: uploader?.id, notes: 'Uploaded by a moderator of the site.', site: video.site, toStatus: 'approved', video: videoId }, overrideAccess: true })
      await sendVideoJob('video.publish', { site: video.site, videoId })
    }
    return { status }
  } catch (error) {
    // A cancelled or interrupted job goes back to the queue as it is; the next attempt starts over.
    await progressWrites
    if (signal.aborted) throw error
    const reason = error instanceof VideoRejectedError ? error.reason : error instanceof Error ? error.message : String(error)
    await update({ processing: { ...processing, error: reason, finishedAt: new Date().toISOString() }, status: 'failed' })
    // A file that ffprobe rejects will not get better: fail for good. Anything else is retried.
    if (error instanceof VideoRejectedError) return { status: 'failed' }
    throw error
  } finally {
    await rm(work, { force: true, recursive: true })
  }
}
