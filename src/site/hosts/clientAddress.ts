import { trustedProxies } from './trustedProxies'

type HeaderSource = Pick<Headers, 'get'>

/**
 * The address of the client a request came from, the key of per-address rate limits.
 *
 * Behind `TRUST_PROXY` proxies it is the entry of `X-Forwarded-For` the outermost trusted proxy
 * appended (counted from the right; entries further left are whatever the client wrote). Without
 * one, Next's server fills `X-Forwarded-For` with the connection's address, and the launcher
 * (`scripts/forwardedHeaders.cjs`) drops a client's own `X-Forwarded-*` headers before Next reads
 * them, so the one entry is the connection's. `null` when there is none (Local API, tests).
 */
export function clientAddress(headers: HeaderSource): null | string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  const hops = trustedProxies()
  return normalize(entries[Math.max(0, entries.length - Math.max(hops, 1))])
}

/** `::ffff:1.2.3.4` (IPv4 mapped into IPv6 by Node) and `1.2.3.4` are one client. */
const normalize = (address: string): string => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase()
