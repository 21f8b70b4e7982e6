import path from 'node:path'

import type { ByteRange } from './types'

// S3's limit, in UTF-8 bytes.
const maxKeyBytes = 1024

/**
 * Throws unless `key` is a safe relative key: `/`-separated segments, none empty, none starting
 * with a dot (so no `.` or `..`, and the local store's hidden temp files never clash), no backslash,
 * no control characters. Parts of keys come from request paths; this is what keeps them inside the store.
 */
export function assertKey(key: string): string {
  const reason = keyProblem(key)
  if (reason) throw new Error(`Invalid storage key ${JSON.stringify(key)}: ${reason}`)
  return key
}

function keyProblem(key: string): string | undefined {
  if (typeof key !== 'string') return 'it is not a string'
  if (key === '') return 'it is empty'
  if (Buffer.byteLength(key) > maxKeyBytes) return `it is longer than ${maxKeyBytes} bytes`
  if (key.startsWith('/')) return 'it starts with "/"'
  if (key.includes('\\')) return 'it contains a backslash'
  if (/[\u0000-\u001f\u007f]/.test(key)) return 'it contains a control character'
  for (const segment of key.split('/')) {
    if (segment === '') return 'it has an empty segment'
    if (segment.startsWith('.')) return `segment ${JSON.stringify(segment)} starts with a dot`
  }
  return undefined
}

/**
 * `storageKey('delivery', 'media', 'poster.webp')` → `delivery/media/poster.webp`, validated. The
 * prefix is the caller's: each user of the store names its own and keeps out of the others'.
 */
export function storageKey(prefix: string, ...parts: string[]): string {
  if (parts.some((part) => typeof part !== 'string' || part === '')) {
    throw new Error(`Invalid storage key parts ${JSON.stringify(parts)}: a part is empty`)
  }
  return assertKey([prefix, ...parts].join('/'))
}

/** Where `key` lands when everything under `fromPrefix` moves to `toPrefix`. */
export function rebaseKey(key: string, fromPrefix: string, toPrefix: string): string {
  return `${toPrefix}${key.slice(fromPrefix.length)}`
}

/** Refuses moves that would chase their own tail (`a` → `a/b`) or go nowhere (`a` → `a`). */
export function assertPrefixesApart(fromPrefix: string, toPrefix: string): void {
  assertKey(fromPrefix)
  assertKey(toPrefix)
  if (`${fromPrefix}/`.startsWith(`${toPrefix}/`) || `${toPrefix}/`.startsWith(`${fromPrefix}/`)) {
    throw new Error(
      `Cannot move ${JSON.stringify(fromPrefix)} to ${JSON.stringify(toPrefix)}: one contains the other`,
    )
  }
}

/** Throws unless the range is whole non-negative numbers with `end` (if any) not before `start`. */
export function assertRange(range: ByteRange): ByteRange {
  const { end, start } = range
  if (
    !Number.isSafeInteger(start) ||
    start < 0 ||
    (end !== undefined && (!Number.isSafeInteger(end) || end < start))
  ) {
    throw new RangeError(`Invalid byte range ${JSON.stringify(range)}`)
  }
  return range
}

const contentTypes: Record<string, string> = {
  '.avi': 'video/x-msvideo',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.m4a': 'audio/mp4',
  '.m4s': 'video/iso.segment',
  '.mkv': 'video/x-matroska',
  '.mov': 'video/quicktime',
  '.mp4': 'video/mp4',
  '.png': 'image/png',
  '.ts': 'video/mp2t',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt',
  '.webm': 'video/webm',
  '.webp': 'image/webp',
}

/** The content type a key's extension implies; both stores use it so they serve the same headers. */
export function contentTypeFor(key: string): string {
  return contentTypes[path.posix.extname(key).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Where image media live in object storage: `delivery/media/<filename>`, under the prefix of what
 * visitors are served (see README); stored objects keep their keys. Payload's filenames are unique
 * per collection.
 */
export const mediaFolder = storageKey('delivery', 'media')
