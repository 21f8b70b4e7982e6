/**
 * Hosts that belong to no site and show the index of sites instead: loopback addresses and the
 * instance's own address (SERVER_URL, where the admin lives in production).
 */
export function isIndexHost(host: string): boolean {
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '0.0.0.0')
    return true
  try {
    return (
      Boolean(process.env.SERVER_URL) &&
      new URL(process.env.SERVER_URL!).hostname.toLowerCase() === host
    )
  } catch {
    return false
  }
}
