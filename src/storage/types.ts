import type { Readable } from 'node:stream'

/** Inclusive byte offsets, as in an HTTP `Range: bytes=start-end` header; no `end` reads to the last byte. */
export type ByteRange = { end?: number; start: number }

/** `modifiedAt`: when the object was last written (the sweep's measure of an orphan's age). */
export type ObjectStat = { contentType?: string; modifiedAt: Date; size: number }

export type StoredObject = {
  body: Readable
  /** Bytes in `body`: the whole object, or the requested range. */
  contentLength: number
  contentType?: string
  /** Bytes in the whole object, whatever range was read. */
  size: number
}

/**
 * One interface over local disk and S3. Keys are `/`-separated (see `keys.ts`); a prefix names a
 * folder, so `videos/1` covers `videos/1/a.ts` but not `videos/12/a.ts`. Every method validates its
 * keys before touching storage and throws on an invalid one.
 */
export interface ObjectStorage {
  readonly kind: 'local' | 's3'
  delete(key: string): Promise<void>
  /** Deletes every object under the prefix; returns how many there were. */
  deletePrefix(prefix: string): Promise<number>
  /** `null` when the key does not exist; a `RangeError` when the range starts past the end. */
  get(key: string, range?: ByteRange): Promise<null | StoredObject>
  /** Keys under the prefix, sorted. */
  list(prefix: string): Promise<string[]>
  /** Overwrites `to`; throws when `from` does not exist. */
  move(from: string, to: string): Promise<void>
  /**
   * Moves every object under `fromPrefix` to the same relative key under `toPrefix`, one at a time;
   * returns how many it moved. Moved objects leave the source, so re-running after a crash finishes the rest.
   */
  movePrefix(fromPrefix: string, toPrefix: string): Promise<number>
  put(key: string, body: Buffer | string, contentType?: string): Promise<void>
  /** Streams the file from disk; it is never held in memory whole. */
  putFile(key: string, filePath: string, contentType?: string): Promise<void>
  stat(key: string): Promise<null | ObjectStat>
}
