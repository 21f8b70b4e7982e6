const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

/**
 * The host name a request was made to, lowercased and without port or trailing dot: the proxy's
 * forwarded host first (one instance answers for every site's domain behind a load balancer), else
 * the Host header. `null` for anything that is not a plain DNS name, so it never reaches a path.
 */
export function requestHost(headers: Pick<Headers, 'get'>): null | string {
  const raw = (headers.get('x-forwarded-host') ?? headers.get('host'))?.split(',')[0]?.trim().toLowerCase()
  if (!raw) return null
  if (raw.startsWith('[')) return raw.startsWith('[::1]') ? '[::1]' : null
  const name = raw.replace(/:\d+$/, '').replace(/\.$/, '')
  return HOST_NAME.test(name) ? name : null
}
