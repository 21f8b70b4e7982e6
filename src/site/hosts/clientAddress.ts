import { isIP } from 'node:net'

import { trustedEntry } from './requestHost'

type HeaderSource = Pick<Headers, 'get'>

/**
 * The address of the client a request came from, the key of per-address rate limits.
 *
 * Behind `TRUST_PROXY` proxies it is the entry of `X-Forwarded-For` the outermost trusted proxy
 * appended (counted from the right; entries further left are whatever the client wrote). Without
 * one, the launcher (`scripts/forwardedHeaders.cjs`) sets `X-Forwarded-For` to the connection's
 * address before Next reads the request, so the one entry is the connection's. `null` when there
 * is none, or it is not an IP address (Local API, route handlers called in-process by the tests).
 */
export function clientAddress(headers: HeaderSource): null | string {
  const address = trustedEntry(headers.get('x-forwarded-for'))
  const normalized = address ? normalize(address) : null
  return normalized && isIP(normalized) ? normalized : null
}

/** `::ffff:1.2.3.4` (IPv4 mapped into IPv6 by Node) and `1.2.3.4` are one client. */
const normalize = (address: string): string =>
  address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase()
