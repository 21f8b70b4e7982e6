import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp from 'sharp'

import { env } from '../../../src/env'

/**
 * Reads only the image header, before Payload decodes the file, so a small file that expands to
 * billions of pixels (a decompression bomb) is refused with a 400 instead of exhausting memory.
 */
export const rejectOversizedImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data?.length) return args
  const fail = (message: string) => {
    throw new ValidationError({ collection: 'media', errors: [{ message, path: 'file' }] }, req.t)
  }
  let width = 0
  let height = 0
  try {
    ;({ height = 0, width = 0 } = await sharp(req.file.data, { limitInputPixels: false }).metadata())
  } catch {
    // Payload's own type check names the problem for files that are not images at all.
    return args
  }
  const pixels = width * height
  if (pixels > env.imageMaxPixels) {
    fail(`Image is ${width}×${height} (${pixels.toLocaleString('en')} pixels); the limit is ${env.imageMaxPixels.toLocaleString('en')} pixels.`)
  }
  return args
}
