/**
 * What an automated pre-check reports next to a pending video. Checks flag, they never decide:
 * a moderator reads `message` and looks at the video.
 */
export type PrecheckResult = {
  check: string
  /** Preview frame (file name, no folder) that scored highest. */
  frame?: string
  /** Class probabilities (0–1) of `frame`. */
  labels?: Record<string, number>
  /** One sentence for the moderation queue. */
  message: string
  model?: string
  /** 0–1, the highest score over all inputs. */
  score?: number
  status: 'error' | 'flagged' | 'not_configured' | 'ok'
}

/**
 * A check with no model or server behind it reports this instead of failing, so the queue shows it
 * as switched off rather than as passed. `reason` is shown to moderators as written.
 */
export function notConfigured(check: string, reason: string): PrecheckResult {
  return { check, message: reason, status: 'not_configured' }
}
