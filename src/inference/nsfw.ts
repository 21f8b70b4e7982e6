import path from 'node:path'

import { env } from '../env'
import { NSFW_MODEL as MODEL } from './nsfwAvailability'
import { nsfwClassifier, type ClassifyFrame, type NsfwLabels } from './nsfwClassifier'
import { notConfigured, type PrecheckResult } from './precheckResult'

// The whole API in one place for the worker; the admin UI imports nsfwAvailability.ts directly.
export { nsfwAvailability } from './nsfwAvailability'
export { notConfigured, type PrecheckResult } from './precheckResult'

const CHECK = 'nsfw'
/** The nsfwjs classes that count as NSFW; Drawing and Neutral do not. */
const NSFW_CLASSES = ['Hentai', 'Porn', 'Sexy']

type Scored = { frame: string; labels: NsfwLabels; score: number }

/**
 * Scores the preview frames a video's pipeline extracted. Never throws: a switched-off model, a
 * model that does not load and unreadable frames all come back as a result for the queue.
 */
export async function nsfwPrecheck(
  framePaths: string[],
  { threshold = 0.6 } = {},
): Promise<PrecheckResult> {
  if (env.nsfwModel === 'off')
    return notConfigured(CHECK, 'NSFW model not configured (NSFW_MODEL=off)')
  if (framePaths.length === 0) {
    return { check: CHECK, message: 'No preview frames to check', model: MODEL, status: 'error' }
  }

  let classify: ClassifyFrame
  try {
    classify = await nsfwClassifier()
  } catch (error) {
    return {
      check: CHECK,
      message: `NSFW model failed to load: ${errorMessage(error)}`,
      model: MODEL,
      status: 'error',
    }
  }

  let best: Scored | undefined
  const unreadable: string[] = []
  // One after another: the wasm backend runs on a single thread, so parallel frames gain nothing.
  for (const file of framePaths) {
    try {
      const labels = await classify(file)
      const score = NSFW_CLASSES.reduce((sum, name) => sum + (labels[name] ?? 0), 0)
      if (!best || score > best.score) best = { frame: path.basename(file), labels, score }
    } catch (error) {
      unreadable.push(`${path.basename(file)} (${errorMessage(error)})`)
    }
  }
  return summarize(best, unreadable, threshold)
}

function summarize(
  best: Scored | undefined,
  unreadable: string[],
  threshold: number,
): PrecheckResult {
  if (!best)
    return {
      check: CHECK,
      message: `Could not read ${unreadable.join(', ')}`,
      model: MODEL,
      status: 'error',
    }
  const base = {
    check: CHECK,
    frame: best.frame,
    labels: best.labels,
    model: MODEL,
    score: best.score,
  }
  const max = best.score.toFixed(2)
  // A flag stands even when other frames could not be read: a flag only asks a moderator to look.
  if (best.score >= threshold) {
    const alsoUnreadable = unreadable.length
      ? `; ${unreadable.length} other frame(s) could not be read`
      : ''
    return {
      ...base,
      message: `Possible NSFW content on ${best.frame} (${max}, threshold ${threshold})${alsoUnreadable}`,
      status: 'flagged',
    }
  }
  if (unreadable.length) {
    const message = `Could not read ${unreadable.join(', ')}; the other frames scored at most ${max}`
    return { ...base, message, status: 'error' }
  }
  return {
    ...base,
    message: `No NSFW content detected (max ${max} on ${best.frame})`,
    status: 'ok',
  }
}

// tfjs's wasm start rejects with a plain `{ message }` object, not an Error.
function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String(error.message)
  return String(error)
}
