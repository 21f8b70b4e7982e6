import type { Payload } from 'payload'

import { tierKey, videoPrefix, videoTiers } from '../storageKeys'
import type { ObjectStorage } from '@/src/storage'

/** Folders looked up per query. */
const CHUNK = 100

/** Every video folder in storage, with the keys under it in each tier. */
async function storedFolders(storage: ObjectStorage): Promise<Map<string, string[]>> {
  const folders = new Map<string, string[]>()
  for (const tier of videoTiers) {
    for (const key of await storage.list(tierKey(tier, 'videos'))) {
      // `<tier>/videos/<folder>/...`
      const folder = key.split('/')[2]
      folders.set(folder, [...(folders.get(folder) ?? []), key])
    }
  }
  return folders
}

/**
 * Deletes the stored files of folders that no video names (`storage.folder`) and that nobody wrote
 * to for `maxAgeMs`: what a delete racing a running job, a crashed upload or a half-done move left
 * behind. The age keeps an upload whose transaction has not committed yet safe. Returns the
 * number of folders removed.
 */
export async function sweepOrphanedVideoFolders(
  payload: Payload,
  storage: ObjectStorage,
  maxAgeMs: number,
  signal: AbortSignal,
): Promise<number> {
  const folders = await storedFolders(storage)
  const names = [...folders.keys()]
  let removed = 0
  for (let start = 0; start < names.length; start += CHUNK) {
    const chunk = names.slice(start, start + CHUNK)
    // Folder names listed from storage, never from a request; `storage` is a field no one reads through the API.
    const { docs } = await payload.find({
      collection: 'videos',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { storage: true },
      where: { 'storage.folder': { in: chunk } },
    })
    const known = new Set(docs.map((video) => video.storage?.folder))
    for (const folder of chunk.filter((name) => !known.has(name))) {
      signal.throwIfAborted()
      const stats = await Promise.all(folders.get(folder)!.map((key) => storage.stat(key)))
      if (stats.some((stat) => stat && Date.now() - stat.modifiedAt.getTime() <= maxAgeMs)) continue
      await Promise.all(videoTiers.map((tier) => storage.deletePrefix(videoPrefix(tier, folder))))
      removed++
    }
  }
  return removed
}
