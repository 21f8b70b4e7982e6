import { type Payload, ValidationError } from 'payload'

import type { Video } from '@/payload-types'

/** What went wrong, for the uploader: a refused write names each field and why. */
export function failureReason(error: unknown): string {
  if (error instanceof ValidationError) {
    const fields = error.data.errors.map(
      (field) => `${field.label ?? field.path}: ${field.message}`,
    )
    return `${error.message} (${fields.join('; ')})`
  }
  return error instanceof Error ? error.message : String(error)
}

/**
 * Marks a video `failed` with the reason. Written straight to the database, past hooks and
 * validation: the record of a failure must not depend on the rest of the document being valid
 * (a document the worker cannot save is one of the ways processing fails). Only `status` and the
 * `processing` group change. False when the video no longer exists.
 */
export async function recordVideoFailure(
  payload: Payload,
  videoId: number,
  reason: string,
): Promise<boolean> {
  const video = await payload.db.findOne<Video>({
    collection: 'videos',
    where: { id: { equals: videoId } },
  })
  if (!video) return false
  // Groups are written whole: a partial group would clear the fields it leaves out.
  const processing: NonNullable<Video['processing']> = {
    ...video.processing,
    error: reason,
    finishedAt: new Date().toISOString(),
  }
  await payload.db.updateOne({
    id: videoId,
    collection: 'videos',
    data: { processing, status: 'failed' },
  })
  return true
}
