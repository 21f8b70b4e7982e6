import { trustedProxies } from './trustedProxies'

/** A plain DNS name: lowercase labels of letters, digits and inner hyphens. */
export const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

type HeaderSource = Pick<Headers, 'get'>

/**
 * The host a request was made to, as the client sent it (port included): Host, or behind
 * `TRUST_PROXY` proxies the `X-Forwarded-Host` the outermost trusted one set (one instance answers
 * for every site's domain behind a load balancer). Without a trusted proxy, `X-Forwarded-Host` is
 * whatever the client wrote and is ignored: it would pick another site's scope and cookies.
 * The one reading of these headers shared by the web routes and the sites plugin's access scoping.
 */
export function forwardedHost(headers: HeaderSource): null | string {
  return (
    (trustedProxies() > 0 ? trustedEntry(headers.get('x-forwarded-host')) : null) ||
    headers.get('host') ||
    null
  )
}

/**
 * The entry of a forwarded header (`a, b, c`) written by the outermost trusted proxy: each proxy
 * appends what it saw, so it is counted from the right; entries further left came from the client.
 */
export function trustedEntry(value: null | string): null | string {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries.length
    ? entries[Math.max(0, entries.length - Math.max(trustedProxies(), 1))]
    : null
}

/**
 * The host name of `forwardedHost`, lowercased and without port or trailing dot; `null` for
 * anything that is not a plain DNS name, so it never reaches a path.
 */
export function requestHost(headers: HeaderSource): null | string {
  const raw = forwardedHost(headers)?.toLowerCase()
  if (!raw) return null
  if (raw.startsWith('[')) return raw.startsWith('[::1]') ? '[::1]' : null
  const name = raw.replace(/:\d+$/, '').replace(/\.$/, '')
  return HOST_NAME.test(name) ? name : null
}
