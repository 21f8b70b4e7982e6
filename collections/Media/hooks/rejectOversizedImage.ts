import { APIError, type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp from 'sharp'

import { env } from '@/src/env'

/**
 * Refuses images over UPLOAD_MAX_BYTES (the request limit is the larger video one), then reads
 * only the image header, before Payload decodes the file, so a small file that expands to
 * billions of pixels (a decompression bomb) is refused with a 400 instead of exhausting memory.
 */
export const rejectOversizedImage: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  if (file.size > env.uploadMaxBytes) {
    throw new APIError(
      `The file is ${Math.round(file.size / 1024 / 1024)} MB; the limit for images is ${Math.round(env.uploadMaxBytes / 1024 / 1024)} MB.`,
      413,
    )
  }
  const fail = (message: string) => {
    throw new ValidationError({ collection: 'media', errors: [{ message, path: 'file' }] }, req.t)
  }
  let width = 0
  let height = 0
  try {
    ;({ height = 0, width = 0 } = await sharp(file.tempFilePath || file.data, {
      limitInputPixels: false,
    }).metadata())
  } catch {
    // Payload's own type check names the problem for files that are not images at all.
    return args
  }
  const pixels = width * height
  if (pixels > env.imageMaxPixels) {
    fail(
      `Image is ${width}×${height} (${pixels.toLocaleString('en')} pixels); the limit is ${env.imageMaxPixels.toLocaleString('en')} pixels.`,
    )
  }
  return args
}
