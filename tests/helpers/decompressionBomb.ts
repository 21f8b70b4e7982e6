import zlib from 'node:zlib'

/**
 * A valid 1-bit greyscale PNG of `width`×`height` black pixels. All-zero rows deflate ~1000:1, so
 * 20000×20000 (400 million pixels, gigabytes once decoded to RGBA) is a ~50 KB file.
 */
export function decompressionBombPng(width = 20_000, height = 20_000): Buffer {
  const row = 1 + Math.ceil(width / 8) // filter byte + packed bits
  const pixels = zlib.deflateSync(Buffer.alloc(row * height), { level: 9 })
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([1, 0, 0, 0, 0], 8) // bit depth 1, greyscale, deflate, adaptive filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(typeAndData) >>> 0)
  return Buffer.concat([length, typeAndData, crc])
}
