import { APIError } from 'payload'

/** What a body is read from: a Web `Request` or Payload's request built on one. */
export type BodySource = { body?: null | ReadableStream<Uint8Array>; headers: Pick<Headers, 'get'> }

export const tooLarge = (maxBytes: number) =>
  new APIError(
    `The request body is too large: at most ${maxBytes} bytes are accepted.`,
    413,
    { maxBytes },
    true,
  )

/**
 * The body's bytes, read from its stream and never past `maxBytes`: a declared `Content-Length`
 * above it is refused before anything is read, and a body that turns out longer (chunked) is
 * refused as soon as it passes the limit, its stream cancelled. 413 either way.
 */
export async function readBodyBytes(
  req: BodySource,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get('content-length'))
  if (declared > maxBytes) throw tooLarge(maxBytes)
  if (!req.body) return new Uint8Array()
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      void reader.cancel().catch(() => {})
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** The body as UTF-8 text, read as `readBodyBytes` does (413 above `maxBytes`). */
export async function readBody(req: BodySource, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(req, maxBytes))
}
