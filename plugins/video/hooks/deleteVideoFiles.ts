import type { CollectionAfterDeleteHook } from 'payload'

import type { Video } from '@/payload-types'
import { getStorage } from '@/src/storage'
import { videoPrefix, videoTiers } from '../storageKeys'

/** A deleted video takes its files in every tier with it. */
export const deleteVideoFiles: CollectionAfterDeleteHook<Video> = async ({ doc }) => {
  const folder = doc.storage?.folder
  if (!folder) return doc
  const storage = getStorage()
  await Promise.all(videoTiers.map((tier) => storage.deletePrefix(videoPrefix(tier, folder))))
  return doc
}
