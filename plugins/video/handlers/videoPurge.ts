import type { Video } from '@/payload-types'
import type { VideoJobPayloads } from '../jobs'
import { videoPrefix, videoTiers } from '../storageKeys'
import type { JobContext } from '@/src/queue/jobHandler'
import { getStorage } from '@/src/storage'
import { updateLiveVideo } from './updateLiveVideo'

type Context = Pick<JobContext, 'payload' | 'signal'>

/**
 * Scheduled: the files of videos rejected longer ago than the retention period (`storage.purgeAfter`)
 * are deleted in every tier and the video marked `purged`. The document stays, with its moderation
 * notes and log, so the uploader and moderators still see what was decided and why.
 */
export async function purgeRejectedVideos(
  _data: VideoJobPayloads['video.purge'],
  { payload, signal }: Context,
): Promise<{ purged: number }> {
  const storage = getStorage()
  let purged = 0
  for (;;) {
    // Each purged video leaves the result, so the first page is always the next batch. A fixed query
    // with no input (the job has no data): rejected videos past their retention date, every site.
    const { docs } = await payload.find({
      collection: 'videos',
      depth: 0,
      limit: 50,
      overrideAccess: true,
      sort: 'id',
      where: {
        and: [
          { status: { equals: 'rejected' } },
          { 'storage.purgeAfter': { less_than_equal: new Date().toISOString() } },
          { 'storage.tier': { not_equals: 'purged' } },
        ],
      },
    })
    if (docs.length === 0) return { purged }
    for (const video of docs) {
      signal.throwIfAborted()
      const folder = video.storage?.folder
      if (folder)
        await Promise.all(videoTiers.map((tier) => storage.deletePrefix(videoPrefix(tier, folder))))
      // Groups are written whole: a partial group would clear the fields it leaves out. A system
      // field of a video the query above found; no request input reaches it.
      const storageGroup: NonNullable<Video['storage']> = { ...video.storage, tier: 'purged' }
      await updateLiveVideo(payload, video.id, { storage: storageGroup })
      purged++
    }
  }
}
