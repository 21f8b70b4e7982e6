import type { NextRequest } from 'next/server'

const first = (value: null | string): string | undefined => value?.split(',')[0]?.trim() || undefined

/**
 * SERVER_URL when it is set (the canonical address), else the address this request came in on:
 * the Host header, or the proxy's forwarded host, since one instance answers for several domains.
 */
export function siteOrigin(request: NextRequest): string {
  if (process.env.SERVER_URL) return process.env.SERVER_URL.replace(/\/$/, '')
  const host = first(request.headers.get('x-forwarded-host')) ?? first(request.headers.get('host'))
  const protocol = first(request.headers.get('x-forwarded-proto')) ?? request.nextUrl.protocol.replace(/:$/, '')
  return host && /^[\w.-]+(:\d+)?$/.test(host) ? `${protocol}://${host}` : request.nextUrl.origin
}
