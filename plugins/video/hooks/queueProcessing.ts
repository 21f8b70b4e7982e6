import { rm } from 'node:fs/promises'
import type { CollectionAfterChangeHook } from 'payload'

import type { Video } from '@/payload-types'
import { getStorage } from '@/src/storage'
import { sendVideoJob } from '../jobs'
import { originalKey, videoPrefix } from '../storageKeys'

/**
 * A new upload: the streamed temp file goes to the staging tier, then the processing job is sent.
 * Either failing undoes the other (and the transaction drops the document), so a failed upload
 * leaves no orphan file and no job for a video that does not exist.
 */
export const queueProcessing: CollectionAfterChangeHook<Video> = async ({
  doc,
  operation,
  req,
}) => {
  const folder = req.context.videoFolder
  if (
    operation !== 'create' ||
    !req.file?.tempFilePath ||
    typeof folder !== 'string' ||
    !doc.filename
  )
    return doc
  const storage = getStorage()
  const key = originalKey('staging', folder, doc.filename)
  try {
    await storage.putFile(key, req.file.tempFilePath, doc.mimeType ?? undefined)
    // Straight to the database, in this request's transaction: a nested update operation would
    // reset `req.file`, and Payload would then never delete the upload's temp file.
    await req.payload.db.updateOne({
      id: doc.id,
      collection: 'videos',
      data: { storage: { folder, original: key, tier: 'staging' } },
      req,
    })
    await sendVideoJob('video.process', { folder, site: doc.site, videoId: doc.id })
  } catch (error) {
    await storage.deletePrefix(videoPrefix('staging', folder)).catch(() => undefined)
    await rm(req.file.tempFilePath, { force: true })
    throw error
  }
  return doc
}
