import type { PrecheckResult } from '@/src/inference/precheckResult'

const statuses: PrecheckResult['status'][] = ['error', 'flagged', 'not_configured', 'ok']

const isPrecheck = (value: unknown): value is PrecheckResult => {
  if (typeof value !== 'object' || value === null) return false
  const { check, message, status } = value as Record<string, unknown>
  return (
    typeof check === 'string' &&
    typeof message === 'string' &&
    statuses.includes(status as PrecheckResult['status'])
  )
}

/** The `prechecks` JSON of a video, keeping only well-formed results (the field accepts any JSON). */
export const precheckResults = (value: unknown): PrecheckResult[] =>
  Array.isArray(value) ? value.filter(isPrecheck) : []
