import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { APIError, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { env } from '@/src/env'

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/**
 * Checks an uploaded video before anything is stored: its size against VIDEO_MAX_BYTES, and its
 * container and codecs from the bytes (ffprobe), never from the name. The probe is kept on the
 * request for `prepareVideo`. A video's file is never replaced: a new file is a new video.
 */
export const checkVideoUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (operation === 'update' && file) {
    throw new ValidationError(
      {
        collection: 'videos',
        errors: [
          { message: 'A video’s file cannot be replaced; upload it as a new video.', path: 'file' },
        ],
      },
      req.t,
    )
  }
  if (operation !== 'create' || !file) return args
  if (file.size > env.videoMaxBytes) {
    throw new APIError(
      `The video is ${megabytes(file.size)}; the limit is ${megabytes(env.videoMaxBytes)}.`,
      413,
    )
  }
  if (!file.tempFilePath) {
    // Local API uploads (`filePath`, `file`) arrive in memory: give them a temp file like HTTP ones.
    await mkdir(env.uploadTempDir, { recursive: true })
    file.tempFilePath = join(env.uploadTempDir, `local-${randomUUID()}`)
    await writeFile(file.tempFilePath, file.data)
  }
  const path = file.tempFilePath
  const { probeVideo, VideoRejectedError } = await import('../media/probe')
  try {
    req.context.videoProbe = await probeVideo(path)
  } catch (error) {
    if (error instanceof VideoRejectedError) {
      throw new ValidationError(
        { collection: 'videos', errors: [{ message: error.reason, path: 'file' }] },
        req.t,
      )
    }
    throw error
  }
  return args
}
