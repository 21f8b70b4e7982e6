import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Video } from '@/payload-types'
import { inTransaction } from '@/src/db/inTransaction'
import { lockRow } from '@/src/db/lockRow'

/**
 * Runs `write` on the video a job works on, only while it exists; null when it is gone. Payload
 * saves a document that has arrays as `INSERT … ON CONFLICT DO UPDATE`, so a plain update that
 * waits on a delete's row lock re-creates the deleted video when the delete commits. Locking the
 * row first, in the write's transaction, orders the two: the delete waits for the write (and its
 * hook then removes every file), or the write finds no row.
 */
export async function writeLiveVideo(
  payload: Payload,
  videoId: number,
  write: (req: PayloadRequest) => Promise<Video>,
): Promise<Video | null> {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  return inTransaction(req, async () =>
    (await lockRow(req, 'videos', videoId)) ? write(req) : null,
  )
}

/** Writes system fields (status, processing, storage…) of the video a job works on, while it exists (`writeLiveVideo`). */
export const updateLiveVideo = (
  payload: Payload,
  videoId: number,
  data: Partial<Video>,
): Promise<Video | null> =>
  // By the job's own id: the job carries no request input, and these fields are written by workers only.
  writeLiveVideo(payload, videoId, (req) =>
    payload.update({
      id: videoId,
      collection: 'videos',
      data,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
