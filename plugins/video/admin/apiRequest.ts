/** What the admin components get back from Prism's REST API. */
export type ApiResult<T> = { body: T; error: null } | { body: null; error: string }

type ErrorBody = { errors?: { message?: string }[]; message?: string }

/**
 * A JSON call with the admin's session cookie. Payload's error shape (`errors[0].message`) and
 * network failures both become one readable `error`.
 */
export async function apiRequest<T>(
  url: string,
  { body, method = 'GET' }: { body?: unknown; method?: 'GET' | 'PATCH' | 'POST' } = {},
): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'include',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      method,
    })
    const data: unknown = await response.json().catch(() => null)
    if (response.ok) return { body: data as T, error: null }
    const { errors, message } = (data ?? {}) as ErrorBody
    return {
      body: null,
      error: errors?.[0]?.message ?? message ?? `The server answered ${response.status}.`,
    }
  } catch {
    return { body: null, error: 'The server could not be reached.' }
  }
}
