import type { CollectionAfterDeleteHook } from 'payload'

import type { Video } from '../../../payload-types'
import { getStorage, type Tier } from '../../../src/storage'
import { videoPrefix } from '../storageKeys'

const tiers: Tier[] = ['staging', 'archive', 'delivery']

/** A deleted video takes its files in every tier with it. */
export const deleteVideoFiles: CollectionAfterDeleteHook<Video> = async ({ doc }) => {
  const folder = doc.storage?.folder
  if (!folder) return doc
  const storage = getStorage()
  await Promise.all(tiers.map((tier) => storage.deletePrefix(videoPrefix(tier, folder))))
  return doc
}
