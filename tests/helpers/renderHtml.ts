import {
  AppRouterContext,
  type AppRouterInstance,
} from 'next/dist/shared/lib/app-router-context.shared-runtime'
import { createElement, type ReactNode } from 'react'
import { renderToReadableStream } from 'react-dom/server.edge'

/** What `useRouter()` finds while rendering: a server render never navigates, so nothing here runs. */
const router: AppRouterInstance = {
  back: () => {},
  bfcacheId: 'render',
  forward: () => {},
  prefetch: () => {},
  push: () => {},
  refresh: () => {},
  replace: () => {},
}

/**
 * Server-renders a React tree, async server components included, to its HTML, inside the context
 * Next's App Router gives client components (`useRouter`); throws the first error a component
 * raised (React would otherwise render a fallback and carry on).
 */
export async function renderHtml(node: ReactNode): Promise<string> {
  const errors: unknown[] = []
  const stream = await renderToReadableStream(
    createElement(AppRouterContext.Provider, { value: router }, node),
    { onError: (error) => void errors.push(error) },
  )
  await stream.allReady
  const html = await new Response(stream).text()
  if (errors.length) throw errors[0]
  return html
}
