import { trustedEntry } from './requestHost'

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
  const address = trustedEntry(headers.get('x-forwarded-for'))
  return address ? normalize(address) : null
}

/** `::ffff:1.2.3.4` (IPv4 mapped into IPv6 by Node) and `1.2.3.4` are one client. */
const normalize = (address: string): string => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase()
