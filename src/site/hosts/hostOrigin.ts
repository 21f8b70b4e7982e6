import { env } from '../../env'

/**
 * The origin of a host for absolute URLs in cached pages (canonical, Open Graph), which cannot read
 * the request: `*.localhost` and the index hosts are this dev server's port over http; a real
 * domain uses SERVER_URL's protocol (https in production) on the default port.
 */
export function hostOrigin(host: string): string {
  const serverUrl = new URL(env.serverUrl)
  if (host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1')
    return `http://${host}:${env.port}`
  return `${serverUrl.protocol}//${host}`
}
