import { APIError } from 'payload'

export const decisions = ['approve', 'reject'] as const
export type Decision = (typeof decisions)[number]

export type DecisionInput = { decision: Decision; notes: null | string }

const NOTES_MAX = 2000
const BULK_MAX = 100

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `{ decision: 'approve' | 'reject', notes?: string }`; a rejection must say why (the uploader reads it). */
export function parseDecision(body: unknown): DecisionInput {
  if (!isRecord(body))
    throw new APIError('Send JSON: { "decision": "approve" | "reject", "notes": "…" }.', 400)
  const { decision, notes } = body
  if (!decisions.includes(decision as Decision))
    throw new APIError('`decision` must be "approve" or "reject".', 400)
  if (notes !== undefined && notes !== null && typeof notes !== 'string')
    throw new APIError('`notes` must be text.', 400)
  const trimmed = typeof notes === 'string' ? notes.trim() : ''
  if (trimmed.length > NOTES_MAX)
    throw new APIError(`Notes are limited to ${NOTES_MAX} characters.`, 400)
  if (decision === 'reject' && !trimmed)
    throw new APIError('Say why the video is rejected: the uploader reads these notes.', 400)
  return { decision: decision as Decision, notes: trimmed || null }
}

/** `{ ids: number[], decision, notes? }`: the same decision for up to 100 videos. */
export function parseBulkDecision(body: unknown): DecisionInput & { ids: number[] } {
  const input = parseDecision(body)
  const ids = isRecord(body) ? body.ids : undefined
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    !ids.every((id) => Number.isInteger(id) && (id as number) > 0)
  ) {
    throw new APIError('`ids` must be a non-empty list of video ids.', 400)
  }
  if (ids.length > BULK_MAX)
    throw new APIError(`Decide on at most ${BULK_MAX} videos at once.`, 400)
  return { ...input, ids: [...new Set(ids as number[])] }
}
