import { env } from '../env'
import { localStorage } from './local'
import { s3Storage } from './s3'
import type { ObjectStorage } from './types'

let current: { instance: ObjectStorage; settings: string } | undefined

/**
 * The process's object storage: S3 when `S3_BUCKET` is set, else local disk at `STORAGE_DIR`. Made
 * again when those settings change, as they do between the test files that share one process.
 */
export function getStorage(): ObjectStorage {
  const { s3, storageDir } = env
  const settings = JSON.stringify(s3 ?? storageDir)
  if (current?.settings !== settings)
    current = { instance: s3 ? s3Storage(s3) : localStorage(storageDir), settings }
  return current.instance
}

export { assertKey, contentTypeFor, storageKey } from './keys'
export type { ByteRange, ObjectStat, ObjectStorage, StoredObject } from './types'
