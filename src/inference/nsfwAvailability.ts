import { env } from '../env'

export const NSFW_MODEL = 'nsfwjs MobileNetV2 (tfjs wasm)'

/**
 * Whether the NSFW check is switched on, for the admin UI. It reads settings only: importing it
 * does not pull tfjs into the Next server bundle, and a model that fails to load in the worker is
 * reported in that video's result instead.
 */
export function nsfwAvailability(): { available: boolean; model?: string; reason?: string } {
  if (env.nsfwModel === 'off') return { available: false, reason: 'NSFW_MODEL=off' }
  return { available: true, model: NSFW_MODEL }
}
