import { Readable } from 'node:stream'

import type { ObjectStorage } from '../../src/storage'

/** Parses a single `bytes=a-b` range; anything else is served whole. */
function parseRange(
  header: null | string,
  size: number,
): { end: number; start: number } | 'unsatisfiable' | null {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/)
  if (!match || (!match[1] && !match[2])) return null
  let start: number
  let end: number
  if (!match[1]) {
    start = Math.max(0, size - Number(match[2]))
    end = size - 1
  } else {
    start = Number(match[1])
    end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1
  }
  return start > end || start >= size ? 'unsatisfiable' : { end, start }
}

/** A stored object as an HTTP response, streamed, honouring `Range` (players seek with it). */
export async function storedObjectResponse(
  storage: ObjectStorage,
  key: string,
  rangeHeader: null | string,
  headers: HeadersInit = {},
): Promise<Response> {
  const stat = await storage.stat(key)
  if (!stat) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
  const range = parseRange(rangeHeader, stat.size)
  if (range === 'unsatisfiable')
    return new Response(null, { headers: { 'Content-Range': `bytes */${stat.size}` }, status: 416 })
  const object = await storage.get(key, range ?? undefined)
  if (!object) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
  const responseHeaders = new Headers(headers)
  responseHeaders.set('Accept-Ranges', 'bytes')
  responseHeaders.set('Content-Length', String(object.contentLength))
  responseHeaders.set('Content-Type', object.contentType ?? 'application/octet-stream')
  responseHeaders.set('X-Content-Type-Options', 'nosniff')
  if (range) responseHeaders.set('Content-Range', `bytes ${range.start}-${range.end}/${stat.size}`)
  return new Response(Readable.toWeb(object.body) as ReadableStream, {
    headers: responseHeaders,
    status: range ? 206 : 200,
  })
}
