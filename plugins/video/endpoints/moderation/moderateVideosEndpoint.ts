import { APIError, type Endpoint } from 'payload'

import { readJson } from '@/src/http/readJson'
import { decideVideo } from './decideVideo'
import { parseBulkDecision } from './decisionInput'
import { signedInUser } from './readableVideo'

export type BulkResult = { error?: string; id: number; ok: boolean; status?: string }

/**
 * `POST /api/videos/moderate` `{ ids: number[], decision, notes? }` → `{ results: [{ id, ok, status?, error? }] }`.
 * Each video is decided on its own, in its own transaction: one that fails (wrong status, not
 * allowed) changes nothing and does not stop the others.
 */
export const moderateVideosEndpoint: Endpoint = {
  handler: async (req) => {
    signedInUser(req)
    const { ids, ...input } = parseBulkDecision(await readJson(req))
    const results: BulkResult[] = []
    for (const id of ids) {
      try {
        const video = await decideVideo(req, id, input)
        results.push({ id, ok: true, status: video.status })
      } catch (error) {
        if (!(error instanceof APIError)) throw error
        results.push({ id, error: error.message, ok: false })
      }
    }
    return Response.json({ results })
  },
  method: 'post',
  path: '/moderate',
}
