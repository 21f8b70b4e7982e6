import { env } from '../env'
import { localStorage } from './local'
import { s3Storage } from './s3'
import type { ObjectStorage } from './types'

let instance: ObjectStorage | undefined

/** The process's one object storage: S3 when `S3_BUCKET` is set, else local disk at `STORAGE_DIR`. */
export function getStorage(): ObjectStorage {
  instance ??= env.s3 ? s3Storage(env.s3) : localStorage(env.storageDir)
  return instance
}

export { assertKey, contentTypeFor, tierKey } from './keys'
export type { ByteRange, ObjectStat, ObjectStorage, StoredObject, Tier } from './types'
