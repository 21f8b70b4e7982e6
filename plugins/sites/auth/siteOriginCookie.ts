import { type AuthStrategy, JWTAuthentication, parseCookies } from 'payload'

import { forwardedHost, requestHost } from '@/src/site/hosts/requestHost'
import { resolveSite } from '../resolveSite'

/**
 * The login cookie on a site's own host. Payload accepts its cookie only from the origins of
 * `config.csrf`, which is `SERVER_URL` alone once that is set: a member's POST from
 * `https://kids-ascension.org` (enroll, complete a lesson, register, playback) would be anonymous.
 * A site's hosts change at run time, so instead of a fixed list this strategy accepts the cookie when
 * the request is same-origin (its `Origin` is the host it was sent to, which a cross-site page
 * cannot forge in a browser) and that host belongs to a site (its domains, `<slug>.localhost`).
 * A cookie sent from any other origin stays anonymous. Every other case is left to Payload's own
 * strategies, which run after this one.
 */
export const siteOriginCookie: AuthStrategy = {
  name: 'site-origin-cookie',
  authenticate: async (args) => {
    const { headers, payload } = args
    const origin = headers.get('origin')
    const { csrf } = payload.config
    if (!origin || csrf.length === 0 || csrf.includes(origin)) return { user: null }
    if (!parseCookies(headers).get(`${payload.config.cookiePrefix}-token`)) return { user: null }
    let originHost: string
    try {
      originHost = new URL(origin).host.toLowerCase()
    } catch {
      return { user: null }
    }
    if (originHost !== forwardedHost(headers)?.toLowerCase()) return { user: null }
    if (!(await resolveSite(payload, requestHost(headers)))) return { user: null }
    // Payload's own verification (signature, expiry, session, user) of the cookie alone, told the
    // request is same-origin (which was just established) instead of showing it the Origin.
    const sameOrigin = new Headers(headers)
    sameOrigin.delete('authorization')
    sameOrigin.delete('origin')
    sameOrigin.set('sec-fetch-site', 'same-origin')
    return JWTAuthentication({ ...args, headers: sameOrigin, strategyName: 'local-jwt' })
  },
}
