import { env } from '../../env'

/**
 * Payload makes upload URLs absolute when SERVER_URL is set. next/image only optimises the local
 * paths allowed in next.config, so this server's own URLs are turned back into paths.
 */
export function mediaSrc(url: string): { src: string; unoptimized: boolean } {
  if (url.startsWith('/')) return { src: url, unoptimized: false }
  try {
    const parsed = new URL(url)
    if (parsed.origin === new URL(env.serverUrl).origin)
      return { src: `${parsed.pathname}${parsed.search}`, unoptimized: false }
  } catch {
    // Not a URL at all: hand it to the browser as it is.
  }
  return { src: url, unoptimized: true }
}
