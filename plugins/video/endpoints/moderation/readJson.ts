import type { PayloadRequest } from 'payload'

/** The request's JSON body, or `null` when there is none or it is not JSON (the parsers answer 400). */
export const readJson = async (req: PayloadRequest): Promise<unknown> => (req.json ? req.json().catch(() => null) : null)
