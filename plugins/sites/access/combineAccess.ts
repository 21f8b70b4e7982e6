import type { AccessResult, Where } from 'payload'

/** AND of access results: `false` wins, `true` drops out, queries are joined. */
export function allOf(...results: (AccessResult | null | undefined)[]): AccessResult {
  const wheres: Where[] = []
  for (const result of results) {
    if (result === false) return false
    if (result && typeof result === 'object') wheres.push(result)
  }
  if (!wheres.length) return true
  return wheres.length === 1 ? wheres[0] : { and: wheres }
}

/** OR of access results: `true` wins, `false` drops out, queries are joined. */
export function anyOf(...results: (AccessResult | null | undefined)[]): AccessResult {
  const wheres: Where[] = []
  for (const result of results) {
    if (result === true) return true
    if (result && typeof result === 'object') wheres.push(result)
  }
  if (!wheres.length) return false
  return wheres.length === 1 ? wheres[0] : { or: wheres }
}
