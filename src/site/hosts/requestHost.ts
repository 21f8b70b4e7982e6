const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

type HeaderSource = Pick<Headers, 'get'>

/**
 * The host a request was made to, as the client sent it (port included): the proxy's forwarded
 * host first (one instance answers for every site's domain behind a load balancer), else Host.
 * The one reading of these headers shared by the web routes and the sites plugin's access scoping.
 */
export function forwardedHost(headers: HeaderSource): null | string {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || null
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
