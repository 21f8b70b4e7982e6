import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

export type ApiResponse<T> = { body: T; headers: Headers; status: number }

/** Who calls (`token`: a JWT) and extra request headers (`host`, `Authorization: users API-Key …`). */
type Auth = { headers?: Record<string, string>; token?: string }
type RequestOptions = Auth & { body?: BodyInit }
type RouteHandler = (
  request: Request,
  args: { params: Promise<{ slug?: string[] }> },
) => Promise<Response>

const ORIGIN = 'http://localhost'

/** Payload's error responses: `{ errors: [{ message, data: { errors: [{ path, message }] } }] }`. */
export type ApiErrorBody = {
  errors: {
    data?: { errors?: { message: string; path: string }[] } | null
    message: string
    name?: string
  }[]
}

/**
 * Calls Prism's REST and GraphQL APIs through the real Next.js route handlers of
 * `src/app/(payload)/api`, without a server: the same parsing, auth, access and error shapes.
 * `path` is what follows `/api`, with its query string: `/pages?where[slug][equals]=home`.
 */
export function createApi(config: SanitizedConfig) {
  const handlers: Record<'DELETE' | 'GET' | 'PATCH' | 'POST', RouteHandler> = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
  }

  function call(
    method: keyof typeof handlers,
    path: string,
    { body, headers = {}, token }: RequestOptions = {},
  ): Promise<Response> {
    const url = new URL(`/api${path}`, ORIGIN)
    const slug = url.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent)
    const request = new Request(url, {
      body,
      headers: { ...authHeader(token), ...headers },
      method,
    })
    return handlers[method](request, { params: Promise.resolve({ slug }) })
  }

  const rest = async <T>(
    method: keyof typeof handlers,
    path: string,
    options: RequestOptions = {},
  ) => toResult<T>(await call(method, path, options))

  const json = (data: unknown, { headers, token }: Auth) => ({
    body: JSON.stringify(data),
    headers: { 'Content-Type': 'application/json', ...headers },
    token,
  })

  return {
    delete: <T = unknown>(path: string, options: Auth & { body?: BodyInit } = {}) =>
      rest<T>('DELETE', path, options),
    get: <T = unknown>(path: string, auth: Auth = {}) => rest<T>('GET', path, auth),
    /** A GET whose body is kept as bytes (a served file). */
    getBytes: async (path: string, auth: Auth = {}): Promise<ApiResponse<Buffer>> => {
      const response = await call('GET', path, auth)
      return {
        body: Buffer.from(await response.arrayBuffer()),
        headers: response.headers,
        status: response.status,
      }
    },
    patch: <T = unknown>(path: string, data: unknown, auth: Auth = {}) =>
      rest<T>('PATCH', path, json(data, auth)),
    post: <T = unknown>(path: string, data: unknown, auth: Auth = {}) =>
      rest<T>('POST', path, json(data, auth)),
    /** A multipart form, as the admin panel sends uploads. */
    graphql: async <T = unknown>(
      query: string,
      variables: Record<string, unknown> = {},
      { headers, token }: Auth = {},
    ) => {
      const request = new Request(new URL('/api/graphql', ORIGIN), {
        body: JSON.stringify({ query, variables }),
        headers: { 'Content-Type': 'application/json', ...authHeader(token), ...headers },
        method: 'POST',
      })
      return toResult<GraphQLBody<T>>(await GRAPHQL_POST(config)(request))
    },
    postForm: <T = unknown>(path: string, form: FormData, auth: Auth = {}) =>
      rest<T>('POST', path, { body: form, ...auth }),
  }
}

export type Api = ReturnType<typeof createApi>

export type GraphQLBody<T> = {
  data?: T | null
  errors?: { extensions?: { statusCode?: number }; message: string }[]
}

const authHeader = (token?: string): Record<string, string> =>
  token ? { Authorization: `JWT ${token}` } : {}

async function toResult<T>(response: Response): Promise<ApiResponse<T>> {
  const text = await response.text()
  // Every Payload response is JSON; a non-JSON body is kept as text so a failure message shows it.
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {}
  return { body: body as T, headers: response.headers, status: response.status }
}

/** The field paths named by a Payload validation error. */
export function errorPaths(body: unknown): string[] {
  const { errors = [] } = (body ?? {}) as Partial<ApiErrorBody>
  return errors.flatMap((error) => error.data?.errors?.map((fieldError) => fieldError.path) ?? [])
}

/** Every message of an error response, top-level and per field, in one string. */
export function errorText(body: unknown): string {
  const { errors = [] } = (body ?? {}) as Partial<ApiErrorBody>
  return errors
    .flatMap((error) => [
      error.message,
      ...(error.data?.errors?.map((fieldError) => `${fieldError.path}: ${fieldError.message}`) ??
        []),
    ])
    .join('\n')
}
