import type { WatchDecision } from '../../playback/canWatch'

/** A refusal in Payload's error shape; `passwordRequired` tells the site to ask for the password. */
export function refusal(decision: Extract<WatchDecision, { ok: false }>): Response {
  const body = {
    errors: [{ message: decision.reason }],
    ...(decision.passwordRequired ? { passwordRequired: true } : {}),
  }
  return Response.json(body, {
    headers: { 'Cache-Control': 'private, no-store' },
    status: decision.status,
  })
}

export const notFound = (message = 'This video is not available.'): Response =>
  refusal({ ok: false, reason: message, status: 404 })
