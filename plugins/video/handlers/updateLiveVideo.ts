import { createLocalReq, type Payload } from 'payload'

import type { Video } from '../../../payload-types'
import { inTransaction } from '../../../src/db/inTransaction'
import { lockRow } from '../../../src/db/lockRow'

/**
 * Writes system fields (status, processing, storage…) of the video a job works on, only while it
 * exists; null when it is gone. Payload saves a document that has arrays as `INSERT … ON CONFLICT
 * DO UPDATE`, so a plain update that waits on a delete's row lock re-creates the deleted video when
 * the delete commits. Locking the row first, in the write's transaction, orders the two: the delete
 * waits for the write (and its hook then removes every file), or the write finds no row.
 */
export async function updateLiveVideo(payload: Payload, videoId: number, data: Partial<Video>): Promise<Video | null> {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  return inTransaction(req, async () => {
    if (!(await lockRow(req, 'videos', videoId))) return null
    // By the job's own id: the job carries no request input, and these fields are written by workers only.
    return payload.update({ collection: 'videos', data, depth: 0, id: videoId, overrideAccess: true, req })
  })
}
