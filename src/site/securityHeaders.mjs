// Plain JavaScript: next.config.mjs imports it, and Next loads its config without TypeScript.

const YEAR = 31_536_000

/**
 * The Content-Security-Policy of every page, admin and sites alike. Next inlines its bootstrap
 * scripts and the admin (React, Payload's UI) sets inline styles, so scripts and styles allow
 * 'unsafe-inline' from this origin only; `next dev` also needs eval (React's debugging) and its
 * HMR websocket. hls.js plays through Media Source blobs and may start a blob worker. Videos, images
 * and their signed streams are served by this same origin (storage goes through the web process).
 * No page may be framed by another origin (the admin's live preview frames this origin).
 * @param {{ production: boolean }} options
 */
export function contentSecurityPolicy({ production }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self'${production ? '' : ' ws: wss:'}`,
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}

/**
 * Seconds browsers keep to HTTPS for this host (`HSTS_MAX_AGE`): a year in production, off in
 * development; `0` turns it off. Browsers ignore it over plain HTTP.
 * @param {{ hstsMaxAge?: string, production: boolean }} options
 */
export function hstsSeconds({ hstsMaxAge, production }) {
  const seconds =
    hstsMaxAge === undefined || hstsMaxAge === '' ? (production ? YEAR : 0) : Number(hstsMaxAge)
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0
}

/**
 * The headers of every response (next.config.mjs `headers()`).
 * @param {{ hstsMaxAge?: string, production: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ hstsMaxAge, production }) {
  const hsts = hstsSeconds({ hstsMaxAge, production })
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ production }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
    ...(hsts ? [{ key: 'Strict-Transport-Security', value: `max-age=${hsts}` }] : []),
  ]
}
