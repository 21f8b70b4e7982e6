/**
 * How many reverse proxies stand in front of the web process (`TRUST_PROXY`): unset or `false` → 0,
 * `true` → 1, a number → that many. Only then are the `X-Forwarded-*` headers believed: without a
 * proxy they are whatever the client wrote.
 */
export function trustedProxies(): number {
  const value = process.env.TRUST_PROXY?.trim().toLowerCase()
  if (!value || value === 'false' || value === '0') return 0
  if (value === 'true') return 1
  const hops = Number(value)
  return Number.isInteger(hops) && hops > 0 ? hops : 1
}
