import { isIP } from 'node:net'

import { env } from '../../env'

type HeaderSource = Pick<Headers, 'get'>

/**
 * The address of the client that sent a request, for rate limits; `null` when there is none (a
 * route handler called in-process, as the tests do).
 * Route handlers never see the socket: Next.js puts the connection's address in `X-Forwarded-For`
 * when the request has none, and `npm start` runs Next with `src/http/connectionAddress.cjs`, which
 * replaces any `X-Forwarded-For` a client sent with the connection's address. Behind proxies
 * (`TRUST_PROXY` = how many append to the header), the entry that many from the right is the one
 * the outermost trusted proxy saw; entries left of it are the client's own claims and are ignored.
 */
export function clientAddress(headers: HeaderSource): null | string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const entry = chain[chain.length - Math.max(1, env.trustProxy)]
  // `::ffff:203.0.113.7` is the IPv4 address of a dual-stack socket: one client, one key.
  const address = entry?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase()
  return address && isIP(address) ? address : null
}
