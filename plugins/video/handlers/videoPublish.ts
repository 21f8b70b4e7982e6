import type { VideoJobPayloads } from '../jobs'
import { originalKey, tierKey, videoPrefix } from '../storageKeys'
import type { JobContext } from '@/src/queue/jobHandler'
import { getStorage } from '@/src/storage'
import { updateLiveVideo } from './updateLiveVideo'

type Context = Pick<JobContext, 'payload' | 'signal'>

/** `moved`: objects moved by this run (0 when an earlier run had finished); `skipped`: why nothing was done. */
export type PublishResult = { moved: number } | { skipped: string }

/**
 * An approved video leaves staging: the master to `archive/videos/<folder>/`, the renditions,
 * thumbnail and previews (`hls/`) to `delivery/videos/<folder>/hls/`, and only then
 * `storage.tier = published`, so a crash at any point leaves a state the stream endpoints read
 * (they fall back to the other tier) and a re-run finishes. A video taken down in between is left alone.
 */
export async function publishVideo(
  { videoId }: VideoJobPayloads['video.publish'],
  { payload, signal }: Context,
): Promise<PublishResult> {
  // By the job's own id, sent by the moderation endpoint after its access check and with the decision
  // committed; the job carries no other request input.
  const read = () =>
    payload.findByID({
      id: videoId,
      collection: 'videos',
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
    })
  const video = await read()
  if (!video) return { skipped: 'The video no longer exists.' }
  if (video.storage?.tier === 'published') return { moved: 0 }
  if (video.storage?.tier === 'purged') return { skipped: 'The video’s files were purged.' }
  // The approval that sent this job may not be committed yet: try again later rather than never publish.
  if (video.status === 'pending_review')
    throw new Error(`Video ${videoId} is not approved yet; retrying.`)
  if (video.status !== 'approved')
    return { skipped: `The video is ${video.status}, no longer approved.` }

  const folder = video.storage?.folder
  const original = video.storage?.original
  if (!folder || !original) throw new Error(`Video ${videoId} has no stored original to publish.`)
  const storage = getStorage()
  const archived = originalKey('archive', folder, original)
  let moved = 0
  if (await storage.stat(original)) {
    await storage.move(original, archived)
    moved++
  } else if (!(await storage.stat(archived))) {
    throw new Error(`The original of video ${videoId} (${original}) is missing from storage.`)
  }
  signal.throwIfAborted()
  moved += await storage.movePrefix(
    tierKey('staging', 'videos', folder, 'hls'),
    tierKey('delivery', 'videos', folder, 'hls'),
  )

  // Read again: a take-down while the files moved may have set `purgeAfter`, which a stale group would
  // clear. Groups are written whole: a partial group would clear the fields it leaves out. `storage`
  // is a system field of the job's own video, which no request can write.
  const current = await read()
  if (
    current &&
    (await updateLiveVideo(payload, videoId, {
      storage: { ...current.storage, original: archived, tier: 'published' },
    }))
  )
    return { moved }
  // Deleted meanwhile: its hook removed the files it saw, not the ones moved since.
  await Promise.all(
    (['archive', 'delivery'] as const).map((tier) =>
      storage.deletePrefix(videoPrefix(tier, folder)),
    ),
  )
  return { skipped: 'The video was deleted while its files moved.' }
}
